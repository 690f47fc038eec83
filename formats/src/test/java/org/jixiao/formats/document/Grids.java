package org.jixiao.formats.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Tables written out for exact comparison, one string per grid row, cells separated by " | ": a cell's text at its
 * top-left position followed by {rN} / {cN} when it spans N rows / columns, "^" where a cell from a row above covers
 * the position, "<" where a cell from the left does, "" where no cell is.
 */
final class Grids {
    private Grids() {}

    static List<String> rows(TableBlock table) {
        List<String> rows = new ArrayList<>();
        for (int r = 0; r < table.rowCount(); r++) {
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < table.columnCount(); c++) {
                Cell cell = table.cellAt(r, c);
                if (cell == null) {
                    cells.add("");
                } else if (cell.row() == r && cell.column() == c) {
                    cells.add(cell.text().replace('\n', '/') + (cell.rowSpan() > 1 ? "{r" + cell.rowSpan() + "}" : "")
                            + (cell.columnSpan() > 1 ? "{c" + cell.columnSpan() + "}" : ""));
                } else {
                    cells.add(cell.row() == r ? "<" : "^");
                }
            }
            rows.add(String.join(" | ", cells).strip());
        }
        return rows;
    }

    /** The lines of a text block in a test, for comparing with {@link #rows}. */
    static List<String> lines(String text) {
        return text.strip().lines().map(String::strip).toList();
    }

    static byte[] resource(String name) {
        try (InputStream in = Grids.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static SourceDocument read(String resource) throws DocumentReadException {
        return Documents.read(resource.substring(resource.lastIndexOf('/') + 1), resource(resource));
    }
}
