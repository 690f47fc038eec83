package org.jixiao.formats.document;

import org.jixiao.core.review.Where;

import java.util.Objects;

/**
 * One printed cell of a table, at its top-left grid position, spanning {@code rowSpan} × {@code columnSpan} grid
 * positions. A merged 一级指标 name over nine rows is one cell with rowSpan 9, not nine cells.
 *
 * @param row    0-based grid row
 * @param column 0-based grid column
 * @param text   the cell's text, markup removed, runs of whitespace collapsed to one space; the paragraphs of a
 *               multi-paragraph cell are joined with a newline
 * @param indent how far the text is indented in its cell, in units of the source (twips, hundredths of an em, points,
 *               characters): only comparisons within one column mean anything; 0 when not indented or not known
 */
public record Cell(int row, int column, int rowSpan, int columnSpan, String text, Where where, int indent) {
    public Cell {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(where, "where");
        if (row < 0 || column < 0 || rowSpan < 1 || columnSpan < 1) {
            throw new IllegalArgumentException("bad cell geometry " + row + "," + column + " " + rowSpan + "x" + columnSpan);
        }
    }

    public Cell(int row, int column, int rowSpan, int columnSpan, String text, Where where) {
        this(row, column, rowSpan, columnSpan, text, where, 0);
    }

    public boolean covers(int gridRow, int gridColumn) {
        return gridRow >= row && gridRow < row + rowSpan && gridColumn >= column && gridColumn < column + columnSpan;
    }
}
