package org.jixiao.app.server.input;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;

/**
 * A value of a JSON request that is well-formed but cannot be accepted (a control character, a number out of range):
 * answered 422 naming the field. {@code inner} is the place inside the value (a JSON pointer) when the value is a tree.
 */
final class RejectedValue extends JsonMappingException {
    private static final long serialVersionUID = 1L;
    private final String reason;
    private final String inner;

    RejectedValue(JsonParser parser, String reason, String inner) {
        super(parser, reason);
        this.reason = reason;
        this.inner = inner;
    }

    String reason() {
        return reason;
    }

    String inner() {
        return inner;
    }
}
