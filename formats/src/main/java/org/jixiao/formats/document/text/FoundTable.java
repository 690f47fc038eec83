package org.jixiao.formats.document.text;

import java.util.List;

/**
 * A table found in plain text on lines {@code first..last} (0-based, inclusive). {@code grid} is null when the lines
 * look like a table that could not be read reliably; {@code problem} then says why, in Chinese, and the lines are to be
 * read as text. {@code furniture} lists the lines inside that range printed between the parts of a table that runs
 * over several pages (page numbers, running heads): they are not part of the table and are to be read as text.
 */
public record FoundTable(int first, int last, Grid grid, String problem, List<Integer> furniture) {
    public FoundTable {
        furniture = List.copyOf(furniture);
    }

    public FoundTable(int first, int last, Grid grid, String problem) {
        this(first, last, grid, problem, List.of());
    }
}
