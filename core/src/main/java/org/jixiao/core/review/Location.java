package org.jixiao.core.review;

import java.util.Objects;

/**
 * Where a finding is, in the words of the document reviewed.
 *
 * @param document the file or document name (自评表.xlsx, 情况说明.docx); may be null inside one evaluation
 * @param part     the sheet, table or section (项目A, 表7, 第五部分(三)); may be null
 * @param item     the cell, row or indicator path (F12, 预算管理 › 预算编制); may be null
 * @param where    the page, line, paragraph or table cell in the source file; {@link Where#NOWHERE} when not applicable
 */
public record Location(String document, String part, String item, Where where) {
    public Location {
        Objects.requireNonNull(where, "where");
    }

    /** @param line 1-based line or paragraph number in a text document, or 0 when not applicable */
    public Location(String document, String part, String item, int line) {
        this(document, part, item, line > 0 ? Where.line(line) : Where.NOWHERE);
    }

    public static Location of(String part, String item) {
        return new Location(null, part, item, Where.NOWHERE);
    }

    /** The 1-based line in a text source, 0 when the source has no lines. */
    public int line() {
        return where.line();
    }

    /** {@code 自评表.xlsx › 项目A › F12 (第 3 行)} */
    public String describe() {
        StringBuilder text = new StringBuilder();
        for (String piece : new String[] {document, part, item}) {
            if (piece != null && !piece.isBlank()) {
                if (text.length() > 0) {
                    text.append(" › ");
                }
                text.append(piece);
            }
        }
        String place = where.describe();
        if (!place.isEmpty()) {
            text.append(text.length() > 0 ? " " : "").append('(').append(place).append(')');
        }
        return text.toString();
    }
}
