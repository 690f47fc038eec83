package org.jixiao.app.server.input;

import org.jixiao.app.server.ApiException;
import org.jixiao.formats.limits.Values;

/**
 * Text about to be stored in a column of limited length (names 200–300 characters, reasons 1,000): refused with 422 and
 * the field when too long or holding a control character, so that the database never has to refuse it (H2 and
 * PostgreSQL refuse differently; either would be a 500). Names composed by the server are shortened instead.
 */
public final class StoredText {
    private StoredText() {}

    /**
     * @param field the request or dataset field the text comes from (the {@code field} of the problem)
     * @param label its name in Chinese, for the message
     */
    public static String checked(String field, String label, String text, int max) {
        if (text == null) {
            return null;
        }
        String problem = Values.textProblem(text);
        if (problem != null) {
            throw ApiException.unprocessable(field, label + problem);
        }
        int length = text.codePointCount(0, text.length());
        if (length > max) {
            throw ApiException.unprocessable(field, label + "不能超过 " + max + " 个字（实际 " + length + " 个），未保存任何内容");
        }
        return text;
    }

    /** A composed name cut to {@code max} characters, ending in … when cut. */
    public static String shortened(String text, int max) {
        if (text.codePointCount(0, text.length()) <= max) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, max - 1)) + "…";
    }
}
