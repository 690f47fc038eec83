package org.jixiao.formats.document.text;

/**
 * A table found in plain text on lines {@code first..last} (0-based, inclusive). {@code grid} is null when the lines
 * look like a table that could not be read reliably; {@code problem} then says why, in Chinese, and the lines are to be
 * read as text.
 */
public record FoundTable(int first, int last, Grid grid, String problem) {}
