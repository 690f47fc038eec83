package org.jixiao.formats.document.text;

import java.util.List;

/**
 * A table recovered from plain text, before it becomes a {@code TableBlock}: cells on a 0-based grid, each with the
 * 0-based index of the text line its text starts on.
 *
 * @param cells     the cells, at most one starting at any grid position
 * @param firstLine the first line of the text the table was read from (0-based)
 * @param lastLine  the last line of it (0-based, inclusive)
 */
public record Grid(List<Cell> cells, int firstLine, int lastLine) {
    public Grid {
        cells = List.copyOf(cells);
    }

    /**
     * One printed cell: {@code line} is the 0-based line its text starts on. {@code continued} marks, in the part of a
     * table printed on a later page, the rest of a merged cell begun on the page before: it lengthens that cell, and
     * its text (when the cell's text ran on over the page break) ends that cell's text.
     */
    public record Cell(int row, int column, int rowSpan, int columnSpan, String text, int line, boolean continued) {
        public Cell(int row, int column, int rowSpan, int columnSpan, String text, int line) {
            this(row, column, rowSpan, columnSpan, text, line, false);
        }
    }

    public int rowCount() {
        return cells.stream().mapToInt(cell -> cell.row() + cell.rowSpan()).max().orElse(0);
    }

    public int columnCount() {
        return cells.stream().mapToInt(cell -> cell.column() + cell.columnSpan()).max().orElse(0);
    }
}
