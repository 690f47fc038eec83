package org.jixiao.app.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Truth rows as /work/shared/tools/review_score.py reads them ({@code id<TAB>description<TAB>regex<TAB>find|allow}),
 * and the same scoring in Java: a finding is the JSON text of one object carrying a {@code severity}, written as
 * Python's {@code json.dumps(f, ensure_ascii=False)} writes it, so that an expression behaves alike in both.
 */
final class Truths {
    private Truths() {}

    record Row(String id, String kind, String description, String regex, boolean find) {
        String tsv() {
            return id + "\t" + description + "\t" + regex + "\t" + (find ? "find" : "allow");
        }

        Pattern pattern() {
            return Pattern.compile(regex);
        }
    }

    /** What review_score.py prints for one document: wanted rows found, and errors no row explains. */
    record Score(int found, int wanted, int unexplained, List<Row> missed, List<String> falseErrors, List<String> allowedErrors) {}

    /**
     * @param rows     the truth rows of one document
     * @param errors   the JSON texts of its error findings
     */
    static Score score(List<Row> rows, List<String> errors) {
        int found = 0;
        int wanted = 0;
        List<Row> missed = new ArrayList<>();
        for (Row row : rows) {
            if (!row.find()) {
                continue;
            }
            wanted++;
            Pattern pattern = row.pattern();
            if (errors.stream().anyMatch(error -> pattern.matcher(error).find())) {
                found++;
            } else {
                missed.add(row);
            }
        }
        List<String> falseErrors = new ArrayList<>();
        List<String> allowedErrors = new ArrayList<>();
        for (String error : errors) {
            boolean explained = rows.stream().anyMatch(row -> row.pattern().matcher(error).find());
            if (!explained) {
                falseErrors.add(error);
            } else if (rows.stream().noneMatch(row -> row.find() && row.pattern().matcher(error).find())) {
                allowedErrors.add(error);
            }
        }
        return new Score(found, wanted, falseErrors.size(), missed, falseErrors, allowedErrors);
    }

    /** Python's json.dumps(value, ensure_ascii=False): ", " and ": " separators, non-ASCII kept, control characters escaped. */
    static String pythonJson(Object value) {
        StringBuilder out = new StringBuilder();
        write(out, value);
        return out.toString();
    }

    private static void write(StringBuilder out, Object value) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof String text) {
            string(out, text);
        } else if (value instanceof Boolean || value instanceof Number) {
            out.append(value);
        } else if (value instanceof Map<?, ?> map) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                if (!first) {
                    out.append(", ");
                }
                first = false;
                string(out, String.valueOf(entry.getKey()));
                out.append(": ");
                write(out, entry.getValue());
            }
            out.append('}');
        } else if (value instanceof List<?> list) {
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    out.append(", ");
                }
                write(out, list.get(i));
            }
            out.append(']');
        } else {
            string(out, value.toString());
        }
    }

    private static void string(StringBuilder out, String text) {
        out.append('"');
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
