package org.jixiao.core.disclosure;

import java.util.List;
import java.util.Objects;

import org.jixiao.core.review.Where;

/**
 * A paragraph of the disclosure's running text (情况说明), with the heading it stands under and where each of its parts
 * was read (a paragraph broken over two pages keeps both pages).
 *
 * @param heading the nearest heading above it ({@code 五、一般公共预算财政拨款支出决算情况说明}), "" when none
 * @param offsets start offsets in {@code text} of the parts read at {@code wheres}, the first 0
 */
public record Passage(String heading, String text, List<Integer> offsets, List<Where> wheres) {
    public Passage {
        Objects.requireNonNull(heading, "heading");
        Objects.requireNonNull(text, "text");
        offsets = List.copyOf(offsets);
        wheres = List.copyOf(wheres);
        if (offsets.isEmpty() || offsets.size() != wheres.size() || offsets.get(0) != 0) {
            throw new IllegalArgumentException("a passage needs one place per part, the first at offset 0");
        }
    }

    public Passage(String heading, String text, Where where) {
        this(heading, text, List.of(0), List.of(where));
    }

    /** Where the character at {@code offset} was read. */
    public Where whereAt(int offset) {
        Where where = wheres.get(0);
        for (int i = 0; i < offsets.size(); i++) {
            if (offsets.get(i) <= offset) {
                where = wheres.get(i);
            }
        }
        return where;
    }
}
