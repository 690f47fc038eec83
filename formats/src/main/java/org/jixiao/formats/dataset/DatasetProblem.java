package org.jixiao.formats.dataset;

import java.util.Objects;

/**
 * A problem in a dataset file, located for a person: the file, the line (when known) and the field path.
 *
 * @param line    1-based line number, or 0 when unknown
 * @param pointer JSON pointer of the field ({@code /indicators/0/weight}); "" for the whole file
 */
public record DatasetProblem(String file, int line, String pointer, boolean error, String message) {
    public DatasetProblem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(pointer, "pointer");
        Objects.requireNonNull(message, "message");
    }

    /** {@code indicators[0].children[1].weight} — the pointer in the notation people read. */
    public String field() {
        return FieldPaths.readable(pointer);
    }

    /** {@code 文件 第 57 行 (indicators[0].weight): 消息} */
    public String describe() {
        StringBuilder text = new StringBuilder(file);
        if (line > 0) {
            text.append(" 第 ").append(line).append(" 行");
        }
        if (!pointer.isEmpty()) {
            text.append(" (").append(field()).append(")");
        }
        return text.append(": ").append(error ? "" : "警告：").append(message).toString();
    }
}
