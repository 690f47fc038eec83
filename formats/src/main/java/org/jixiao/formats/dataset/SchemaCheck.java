package org.jixiao.formats.dataset;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/**
 * Checks a dataset against the published JSON Schema ({@code docs/dataset-format.schema.json}) and words each violation
 * in Chinese for an evaluator: which field, what was expected, what was found.
 */
public final class SchemaCheck {
    static final String SCHEMA_RESOURCE = "/org/jixiao/formats/dataset/dataset-format.schema.json";
    private static final JsonSchema SCHEMA = load();

    private SchemaCheck() {}

    private static JsonSchema load() {
        return load(SCHEMA_RESOURCE);
    }

    /** Loads a JSON Schema (draft 2020-12) from the class path, with Chinese messages and JSON-pointer paths. */
    public static JsonSchema load(String resource) {
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder()
                .locale(Locale.SIMPLIFIED_CHINESE)
                .pathType(PathType.JSON_POINTER)
                .build();
        try (InputStream in = SchemaCheck.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("dataset schema missing from the jar: " + resource);
            }
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in, config);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<DatasetProblem> check(SourceDocument document) {
        return check(document, SCHEMA, "docs/dataset-format.md");
    }

    /** Every violation of {@code schema}, located and worded for a person; {@code doc} names the format's documentation. */
    public static List<DatasetProblem> check(SourceDocument document, JsonSchema schema, String doc) {
        Set<ValidationMessage> messages = schema.validate(document.root());
        List<DatasetProblem> problems = new ArrayList<>();
        for (ValidationMessage message : messages) {
            String pointer = message.getInstanceLocation().toString();
            if (pointer.equals("/") || pointer.equals("$")) {
                pointer = "";
            }
            String property = message.getProperty();
            if (property != null && ("required".equals(message.getType()) || "additionalProperties".equals(message.getType()))) {
                String field = pointer + "/" + property;
                problems.add(document.problem("required".equals(message.getType()) ? pointer : field, true,
                        "required".equals(message.getType()) ? "缺少必填字段“" + property + "”" + where(pointer)
                                : "未知字段“" + property + "”：本格式没有这个字段（拼写是否有误？可用字段见 " + doc + "）"));
                continue;
            }
            problems.add(document.problem(pointer, true, describe(message, pointer)));
        }
        problems.sort(Comparator.comparingInt(DatasetProblem::line).thenComparing(DatasetProblem::pointer));
        return problems.stream().distinct().toList();
    }

    private static String where(String pointer) {
        return pointer.isEmpty() ? "" : "（在 " + FieldPaths.readable(pointer) + " 下）";
    }

    private static String describe(ValidationMessage message, String pointer) {
        JsonNode value = message.getInstanceNode();
        JsonNode schema = message.getSchemaNode();
        String found = value == null ? "" : "，实际为" + typeName(value) + "“" + shown(value) + "”";
        switch (message.getType()) {
            case "type":
                return "应为" + expectedType(schema) + found;
            case "enum":
                if (pointer.endsWith("/kind")) {
                    return "未知的评分规则类型“" + shown(value) + "”，可选：" + list(schema);
                }
                return "取值“" + shown(value) + "”无效，可选：" + list(schema);
            case "const":
                return "应为“" + shown(schema) + "”" + found;
            case "minimum":
                return "不能小于 " + shown(schema) + found;
            case "exclusiveMinimum":
                return "必须大于 " + shown(schema) + found;
            case "maximum":
                return "不能大于 " + shown(schema) + found;
            case "minItems":
                return "至少需要 " + shown(schema) + " 项";
            case "maxItems":
                return "最多 " + shown(schema) + " 项" + (value != null && value.isArray() ? "，实际为 " + value.size() + " 项" : "");
            case "pattern":
                return "格式不符" + found + (pointer.endsWith("/code")
                        ? "：功能分类科目编码应为 3 位（类）、5 位（款）或 7 位（项）数字，经济分类编码为 3 或 5 位数字，并加引号（\"2060101\"）"
                        : "");
            case "minLength":
                return "不能为空";
            default:
                return message.getMessage();
        }
    }

    private static String expectedType(JsonNode schema) {
        if (schema == null) {
            return "其他类型";
        }
        if (schema.isArray()) {
            return StreamSupport.stream(schema.spliterator(), false).map(t -> typeWord(t.asText())).collect(Collectors.joining("或"));
        }
        return typeWord(schema.asText());
    }

    private static String typeWord(String type) {
        return switch (type) {
            case "number" -> "数字（例如 7490.64，不带千分位逗号和单位）";
            case "integer" -> "整数";
            case "string" -> "文字";
            case "boolean" -> "true 或 false";
            case "array" -> "列表（每项以“- ”开头）";
            case "object" -> "一组“字段: 值”";
            default -> type;
        };
    }

    private static String typeName(JsonNode value) {
        if (value.isNumber()) {
            return "数字";
        }
        if (value.isTextual()) {
            return "文字";
        }
        if (value.isBoolean()) {
            return "布尔值";
        }
        if (value.isArray()) {
            return "列表";
        }
        if (value.isObject()) {
            return "对象";
        }
        return "空值";
    }

    private static String shown(JsonNode value) {
        if (value == null || value.isNull()) {
            return "";
        }
        if (value.isValueNode()) {
            return value.asText();
        }
        String text = value.toString();
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }

    private static String list(JsonNode values) {
        if (values == null || !values.isArray()) {
            return "";
        }
        return StreamSupport.stream(values.spliterator(), false).map(JsonNode::asText).collect(Collectors.joining("、"));
    }
}
