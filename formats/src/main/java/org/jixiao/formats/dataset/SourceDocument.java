package org.jixiao.formats.dataset;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.jixiao.formats.limits.TreeLimits;
import org.jixiao.formats.limits.Values;

/**
 * A parsed YAML or JSON file: the tree, plus the line on which every field and list element starts, so that any problem
 * found later (by the schema or by the tree rules) can name its line.
 */
public final class SourceDocument {
    private final String file;
    private final JsonNode root;
    private final Map<String, Integer> lines;

    private SourceDocument(String file, JsonNode root, Map<String, Integer> lines) {
        this.file = file;
        this.root = root;
        this.lines = lines;
    }

    /**
     * Reads a dataset file as UTF-8 text. A missing file, an unreadable one or one in another encoding is reported
     * against the file, with {@code notUtf8Advice} telling the user what to do instead.
     */
    public static String readText(java.nio.file.Path file, String notUtf8Advice) throws DatasetException {
        String name = file.toString();
        byte[] bytes;
        try {
            bytes = java.nio.file.Files.readAllBytes(file);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new DatasetException(new DatasetProblem(name, 0, "", true, "文件不存在"));
        } catch (IOException e) {
            throw new DatasetException(new DatasetProblem(name, 0, "", true, "无法读取文件：" + e.getMessage()));
        }
        try {
            return java.nio.charset.StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new DatasetException(new DatasetProblem(name, 0, "", true, "文件不是 UTF-8 编码的文本（" + notUtf8Advice + "）：请另存为 UTF-8"));
        }
    }

    /**
     * A dataset that exists only as a tree (an edit made through the API): the same checks apply, and problems are
     * located by their field, as there are no lines.
     */
    public static SourceDocument ofTree(String file, JsonNode root) throws DatasetException {
        if (root == null || !root.isObject()) {
            throw new DatasetException(new DatasetProblem(file, 0, "", true, "数据应是一组“字段: 值”"));
        }
        return checked(new SourceDocument(file, root, Map.of()));
    }

    /** Refuses a tree holding control characters or numbers no computation can use, naming each line and field. */
    private static SourceDocument checked(SourceDocument document) throws DatasetException {
        List<DatasetProblem> problems = Values.problems(document.root()).stream()
                .map(p -> document.problem(p.pointer(), true, p.message())).toList();
        if (!problems.isEmpty()) {
            throw new DatasetException(problems);
        }
        return document;
    }

    static SourceDocument parse(String file, String text, boolean json) throws DatasetException {
        return parse(file, text, json, "jixiao.evaluation/1");
    }

    /** Parses YAML or JSON; {@code format} only words the message for a file that is not a mapping. */
    public static SourceDocument parse(String file, String text, boolean json, String format) throws DatasetException {
        JsonFactory factory = json ? TreeLimits.json() : TreeLimits.yaml();
        factory.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        ObjectMapper mapper = new ObjectMapper(factory)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));
        try {
            JsonNode root = mapper.readTree(text);
            if (root == null || root.isMissingNode() || root.isNull()) {
                throw new DatasetException(new DatasetProblem(file, 0, "", true, "文件为空：没有任何数据"));
            }
            if (!root.isObject()) {
                throw new DatasetException(new DatasetProblem(file, 1, "", true,
                        "文件的最外层应是一组“字段: 值”（以 format: " + format + " 开头），而不是列表或单个值"));
            }
            return checked(new SourceDocument(file, root, indexLines(factory, text)));
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            String limit = TreeLimits.reached(e);
            throw new DatasetException(new DatasetProblem(file, Math.max(line, 0), "", true,
                    limit != null ? "无法读取：" + limit : syntaxMessage(e, json)));
        } catch (IOException e) {
            throw new DatasetException(new DatasetProblem(file, 0, "", true, "无法读取：" + e.getMessage()));
        } catch (NumberFormatException e) {
            // a number such as 201e99999999920: written as a number, but beyond what a decimal can hold
            throw new DatasetException(new DatasetProblem(file, 0, "", true,
                    "数值超出可处理的范围：整数部分最多 " + Values.MAX_INTEGER_DIGITS + " 位，指数不能过大"));
        }
    }

    private static String syntaxMessage(JsonProcessingException e, boolean json) {
        String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage().strip();
        if (original.startsWith("Duplicate field")) {
            int start = original.indexOf('\'');
            int end = original.lastIndexOf('\'');
            String field = start >= 0 && end > start ? original.substring(start + 1, end) : original;
            return "字段“" + field + "”重复出现：同一层级的字段名不能重复";
        }
        int newline = original.indexOf('\n');
        String first = newline > 0 ? original.substring(0, newline) : original;
        return (json ? "JSON" : "YAML") + " 格式错误，无法解析（请检查缩进、冒号和引号）：" + first;
    }

    /** Records, for every field and list element, the 1-based line where it starts. */
    private static Map<String, Integer> indexLines(JsonFactory factory, String text) throws IOException {
        Map<String, Integer> lines = new HashMap<>();
        try (JsonParser parser = factory.createParser(text)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
                    continue;
                }
                String pointer = parser.getParsingContext().pathAsPointer().toString();
                lines.putIfAbsent(pointer, parser.currentTokenLocation().getLineNr());
            }
        }
        return lines;
    }

    public String file() {
        return file;
    }

    public JsonNode root() {
        return root;
    }

    /** The line of the field, or of its nearest ancestor that appears in the file (a missing field: its parent). */
    public int lineOf(String pointer) {
        String p = pointer;
        while (true) {
            Integer line = lines.get(p);
            if (line != null) {
                return line;
            }
            if (p.isEmpty()) {
                return 0;
            }
            p = FieldPaths.parent(p);
        }
    }

    public DatasetProblem problem(String pointer, boolean error, String message) {
        return new DatasetProblem(file, lineOf(pointer), pointer, error, message);
    }
}
