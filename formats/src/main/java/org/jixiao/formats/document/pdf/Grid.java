package org.jixiao.formats.document.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * A table found on a page: its cells on a grid of rows and columns, each cell with the area it covers and the lines of
 * text read inside it.
 */
final class Grid {
    enum Method {
        /** Cells from the ruling lines the table is drawn with. */
        LATTICE,
        /** Columns from the vertical gaps shared by the lines, rows from the baselines: a table drawn without lines. */
        STREAM
    }

    final Method method;
    final double left;
    final double top;
    final double right;
    final double bottom;
    final int rows;
    final int columns;
    final List<Slot> slots;

    Grid(Method method, double left, double top, double right, double bottom, int rows, int columns, List<Slot> slots) {
        this.method = method;
        this.left = left;
        this.top = top;
        this.right = right;
        this.bottom = bottom;
        this.rows = rows;
        this.columns = columns;
        this.slots = slots;
    }

    boolean contains(double x, double y) {
        return x >= left && x <= right && y >= top && y <= bottom;
    }

    /**
     * One cell: grid position and span, the area it covers on the page, and what is printed in it.
     */
    static final class Slot {
        final int row;
        final int column;
        final int rowSpan;
        final int columnSpan;
        final double left;
        final double top;
        final double right;
        final double bottom;
        final List<TextLine> lines = new ArrayList<>();
        final List<Glyph> glyphs = new ArrayList<>();

        Slot(int row, int column, int rowSpan, int columnSpan, double left, double top, double right, double bottom) {
            this.row = row;
            this.column = column;
            this.rowSpan = rowSpan;
            this.columnSpan = columnSpan;
            this.left = left;
            this.top = top;
            this.right = right;
            this.bottom = bottom;
        }

        @Override
        public String toString() {
            return row + "," + column + " " + rowSpan + "x" + columnSpan + " " + lines;
        }
    }
}
