package org.jixiao.app.server.input;

import com.fasterxml.jackson.databind.JsonMappingException;

/** The field of a JSON request that could not be read, as the API documents it: {@code rule.items[0].points}. */
public final class JsonFields {
    private JsonFields() {}

    public static String field(JsonMappingException e) {
        StringBuilder field = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                field.append(field.isEmpty() ? "" : ".").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                field.append('[').append(reference.getIndex()).append(']');
            }
        }
        if (e instanceof RejectedValue rejected && rejected.inner() != null) {
            for (String step : rejected.inner().split("/")) {
                if (step.isEmpty()) {
                    continue;
                }
                String name = step.replace("~1", "/").replace("~0", "~");
                field.append(name.chars().allMatch(Character::isDigit) ? "[" + name + "]" : (field.isEmpty() ? "" : ".") + name);
            }
        }
        return field.toString();
    }

    /** Why a well-formed value was refused (a control character, a number out of range), or {@code null}. */
    public static String rejection(JsonMappingException e) {
        return e instanceof RejectedValue rejected ? rejected.reason() : null;
    }
}
