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

    /** A control character that no input accepts any more (tab, line feed and carriage return are text). */
    private static final java.util.regex.Pattern CONTROL = java.util.regex.Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]");
    /** What stands for such a character in text read back: U+FFFD, the replacement character. */
    public static final String REPLACEMENT = "\uFFFD";

    /** The text with each control character replaced by {@link #REPLACEMENT}, for text stored before the check existed. */
    public static String readable(String text) {
        return text == null || Values.textProblem(text) == null ? text : CONTROL.matcher(text).replaceAll(REPLACEMENT);
    }

    /**
     * Dataset text (YAML) stored before control characters were refused on the way in, made readable again: each control
     * character, written as itself or as a YAML escape ({@code "\0"}, {@code "\x01"}), becomes {@link #REPLACEMENT}, and
     * the data is written out again as YAML. Returns {@code null} when the text holds none (its problem is another one).
     */
    public static String readableDataset(String yaml) {
        String text = CONTROL.matcher(yaml).replaceAll(REPLACEMENT);
        com.fasterxml.jackson.databind.JsonNode tree;
        try {
            tree = YAML.readTree(text);
        } catch (java.io.IOException | RuntimeException e) {
            return null;
        }
        if (tree == null || !tree.isObject()) {
            return null;
        }
        com.fasterxml.jackson.databind.JsonNode clean = readable(tree);
        if (text.equals(yaml) && clean.equals(tree)) {
            return null;
        }
        try {
            return YAML_WRITER.writeValueAsString(clean);
        } catch (java.io.IOException e) {
            return null;
        }
    }

    private static com.fasterxml.jackson.databind.JsonNode readable(com.fasterxml.jackson.databind.JsonNode node) {
        if (node.isTextual()) {
            return com.fasterxml.jackson.databind.node.TextNode.valueOf(readable(node.textValue()));
        }
        if (node.isArray()) {
            com.fasterxml.jackson.databind.node.ArrayNode array = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode();
            node.forEach(element -> array.add(readable(element)));
            return array;
        }
        if (node.isObject()) {
            com.fasterxml.jackson.databind.node.ObjectNode object = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            node.fields().forEachRemaining(field -> object.set(readable(field.getKey()), readable(field.getValue())));
            return object;
        }
        return node;
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper YAML = new com.fasterxml.jackson.databind.ObjectMapper(
            org.jixiao.formats.limits.TreeLimits.yaml())
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .setNodeFactory(com.fasterxml.jackson.databind.node.JsonNodeFactory.withExactBigDecimals(true));
    private static final com.fasterxml.jackson.databind.ObjectMapper YAML_WRITER = new com.fasterxml.jackson.databind.ObjectMapper(
            com.fasterxml.jackson.dataformat.yaml.YAMLFactory.builder()
                    .disable(com.fasterxml.jackson.dataformat.yaml.YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                    .enable(com.fasterxml.jackson.dataformat.yaml.YAMLGenerator.Feature.MINIMIZE_QUOTES)
                    // a code such as "206" stays text
                    .enable(com.fasterxml.jackson.dataformat.yaml.YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
                    .enable(com.fasterxml.jackson.dataformat.yaml.YAMLGenerator.Feature.LITERAL_BLOCK_STYLE)
                    .enable(com.fasterxml.jackson.dataformat.yaml.YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR).build());

    /** A composed name cut to {@code max} characters, ending in … when cut. */
    public static String shortened(String text, int max) {
        if (text.codePointCount(0, text.length()) <= max) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, max - 1)) + "…";
    }
}
