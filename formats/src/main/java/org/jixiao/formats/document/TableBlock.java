package org.jixiao.formats.document;

import org.jixiao.core.review.Where;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A table as printed: a grid of {@code rowCount} × {@code columnCount} positions covered by cells, each cell possibly
 * spanning several positions. Positions covered by no cell read as blank. The grid is what the source shows: header
 * rows are rows like any other; recognising them is the job of whoever reads the table.
 */
public final class TableBlock implements Block {
    private final List<Cell> cells;
    private final int rowCount;
    private final int columnCount;
    private final Where where;
    private final Cell[][] grid;
    private final boolean inferred;

    public TableBlock(List<Cell> cells, Where where) {
        this(cells, where, false);
    }

    /**
     * @param inferred true when the cells were inferred from how text lines up (text laid out with spaces, one cell per
     *                 line), not marked by the source: a row or figure may have gone to the wrong place
     */
    public TableBlock(List<Cell> cells, Where where, boolean inferred) {
        this.inferred = inferred;
        this.cells = List.copyOf(cells);
        this.where = Objects.requireNonNull(where, "where");
        int rows = 0;
        int columns = 0;
        for (Cell cell : this.cells) {
            rows = Math.max(rows, cell.row() + cell.rowSpan());
            columns = Math.max(columns, cell.column() + cell.columnSpan());
        }
        this.rowCount = rows;
        this.columnCount = columns;
        this.grid = new Cell[rows][columns];
        for (Cell cell : this.cells) {
            for (int r = cell.row(); r < cell.row() + cell.rowSpan(); r++) {
                for (int c = cell.column(); c < cell.column() + cell.columnSpan(); c++) {
                    if (grid[r][c] == null) {
                        grid[r][c] = cell;
                    }
                }
            }
        }
    }

    /** Whether the cells were inferred from the alignment of plain text rather than marked by the source. */
    public boolean inferred() {
        return inferred;
    }

    /** A table of plain rows of text, one cell per string (tab-separated text, pipe tables). */
    public static TableBlock ofRows(List<List<String>> rows, List<Where> rowWheres) {
        List<Cell> cells = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            for (int c = 0; c < row.size(); c++) {
                Where at = rowWheres.get(r);
                cells.add(new Cell(r, c, 1, 1, row.get(c), at.table() > 0 ? at.inTable(at.table(), at.row(), c + 1) : at));
            }
        }
        return new TableBlock(cells, rowWheres.isEmpty() ? Where.NOWHERE : rowWheres.get(0));
    }

    @Override
    public Where where() {
        return where;
    }

    public List<Cell> cells() {
        return cells;
    }

    public int rowCount() {
        return rowCount;
    }

    public int columnCount() {
        return columnCount;
    }

    /** The cell covering a grid position, or null when none does. */
    public Cell cellAt(int row, int column) {
        if (row < 0 || row >= rowCount || column < 0 || column >= columnCount) {
            return null;
        }
        return grid[row][column];
    }

    /** The text shown at a grid position: a merged cell's text at every position it covers, "" where no cell is. */
    public String text(int row, int column) {
        Cell cell = cellAt(row, column);
        return cell == null ? "" : cell.text();
    }

    /** True when the position is the top-left of its cell, i.e. the place where the cell's text starts. */
    public boolean isAnchor(int row, int column) {
        Cell cell = cellAt(row, column);
        return cell != null && cell.row() == row && cell.column() == column;
    }

    /** The texts of one grid row, a merged cell repeated at every column it covers. */
    public List<String> rowTexts(int row) {
        List<String> texts = new ArrayList<>(columnCount);
        for (int column = 0; column < columnCount; column++) {
            texts.add(text(row, column));
        }
        return Collections.unmodifiableList(texts);
    }

    /** Where a grid row was read: the location of its first cell that starts in that row, else of the table. */
    public Where rowWhere(int row) {
        for (int column = 0; column < columnCount; column++) {
            Cell cell = cellAt(row, column);
            if (cell != null && cell.row() == row) {
                return cell.where();
            }
        }
        return where;
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("TableBlock ").append(rowCount).append('x').append(columnCount).append(" at ")
                .append(where.describe()).append('\n');
        for (int row = 0; row < rowCount; row++) {
            text.append(String.join(" | ", rowTexts(row))).append('\n');
        }
        return text.toString();
    }
}
