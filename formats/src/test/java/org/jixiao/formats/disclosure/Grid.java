package org.jixiao.formats.disclosure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A table as a disclosure prints it, for writing test documents: the lines above it (公开01表, the title, 编制单位 and
 * 单位), the grid of cell texts ("" for a blank cell), the merged cells and the column widths.
 */
final class Grid {
    /** A merged cell: top-left row and column, and how many rows and columns it covers. */
    record Merge(int row, int column, int rows, int columns) {}

    final List<String> above = new ArrayList<>();
    final List<String[]> rows = new ArrayList<>();
    final List<Merge> merges = new ArrayList<>();
    int[] widths;
    /** Header rows (repeated on every page the table runs over). */
    int headerRows;
    /** A note printed under the table (注：本表无数据 …), "" when none. */
    String below = "";
    boolean landscape;

    Grid above(String... lines) {
        above.addAll(Arrays.asList(lines));
        return this;
    }

    Grid row(String... cells) {
        rows.add(cells);
        return this;
    }

    Grid merge(int row, int column, int rowSpan, int columnSpan) {
        merges.add(new Merge(row, column, rowSpan, columnSpan));
        return this;
    }

    int columns() {
        return rows.stream().mapToInt(r -> r.length).max().orElse(0);
    }

    /** The row whose cells, joined, contain {@code label} (after the header), or -1. */
    int find(String label) {
        for (int r = headerRows; r < rows.size(); r++) {
            for (String cell : rows.get(r)) {
                if (cell.strip().equals(label) || cell.strip().endsWith(label) && !cell.isBlank()) {
                    return r;
                }
            }
        }
        return -1;
    }

    /** The column whose header (any header row) reads {@code header}, the rightmost match when {@code last}. */
    int column(String header, boolean last) {
        int found = -1;
        for (int r = 0; r < headerRows; r++) {
            String[] row = rows.get(r);
            for (int c = 0; c < row.length; c++) {
                if (row[c].equals(header) && (found < 0 || last)) {
                    found = c;
                }
            }
        }
        if (found < 0) {
            throw new IllegalArgumentException("no column " + header);
        }
        return found;
    }

    /** The first body row whose first cells read {@code label} exactly (a code, a name, 合计), or -1. */
    int row(String label) {
        for (int r = headerRows; r < rows.size(); r++) {
            String[] row = rows.get(r);
            for (int c = 0; c < Math.min(4, row.length); c++) {
                if (row[c].equals(label)) {
                    return r;
                }
            }
        }
        return -1;
    }

    /** Adds {@code delta} to a printed amount (an injected error), keeping its format. */
    String add(int row, int column, String delta) {
        String printed = rows.get(row)[column];
        java.math.BigDecimal value = new java.math.BigDecimal(printed.isBlank() ? "0" : printed.replace(",", ""))
                .add(new java.math.BigDecimal(delta));
        String text = String.format("%,.2f", value);
        rows.get(row)[column] = text;
        return text;
    }

    /** Replaces one printed cell (an injected error). */
    Grid set(int row, int column, String text) {
        rows.get(row)[column] = text;
        return this;
    }

    String get(int row, int column) {
        return rows.get(row)[column];
    }
}
