package org.jixiao.app.corpus;

import java.util.ArrayList;
import java.util.List;

/**
 * A generated document before it is written as .docx or .html: paragraphs (some marked as headings) and tables whose
 * cells keep their row and column spans.
 */
final class Doc {
    final String title;
    final List<Object> blocks = new ArrayList<>();

    Doc(String title) {
        this.title = title;
    }

    /** @param heading 1, 2, 3 … for a heading, 0 for body text */
    record Para(String text, int heading, boolean bold, boolean centred) {}

    /** One printed cell at its top-left grid position. {@code indent} is a level of indentation (0 = none). */
    record Cell(int row, int column, int rowSpan, int columnSpan, String text, boolean bold, int indent) {}

    record Table(List<Cell> cells, int rows, int columns, int headerRows, int[] widths, boolean horizontalRulesOnly) {}

    void heading(int level, String text, boolean asHeading) {
        blocks.add(new Para(text, asHeading ? level : 0, true, level == 0));
    }

    void para(String text) {
        blocks.add(new Para(text, 0, false, false));
    }

    void bold(String text) {
        blocks.add(new Para(text, 0, true, false));
    }

    void table(Table table) {
        blocks.add(table);
    }

    /** The text of every paragraph and cell, one per line: for choosing unique figures and for checks. */
    String plainText() {
        StringBuilder text = new StringBuilder(title).append('\n');
        for (Object block : blocks) {
            if (block instanceof Para para) {
                text.append(para.text()).append('\n');
            } else if (block instanceof Table table) {
                for (Cell cell : table.cells()) {
                    text.append(cell.text()).append('\n');
                }
            }
        }
        return text.toString();
    }

    /** Builds a table as a grid of texts, then merges rectangles of it into single cells. */
    static final class TableBuilder {
        private final int columns;
        private final List<String[]> grid = new ArrayList<>();
        private final List<boolean[]> bold = new ArrayList<>();
        private final List<int[]> indent = new ArrayList<>();
        private final List<int[]> spans = new ArrayList<>();
        private int headerRows;

        TableBuilder(int columns) {
            this.columns = columns;
        }

        int columns() {
            return columns;
        }

        int rows() {
            return grid.size();
        }

        /** Adds a row; missing trailing cells are blank. Returns its index. */
        int row(List<String> cells) {
            if (cells.size() > columns) {
                throw new IllegalArgumentException("row of " + cells.size() + " cells in a table of " + columns + " columns: " + cells);
            }
            String[] texts = new String[columns];
            for (int c = 0; c < columns; c++) {
                texts[c] = c < cells.size() && cells.get(c) != null ? cells.get(c) : "";
            }
            grid.add(texts);
            bold.add(new boolean[columns]);
            indent.add(new int[columns]);
            return grid.size() - 1;
        }

        void header(int rows) {
            headerRows = rows;
            for (int r = 0; r < rows; r++) {
                java.util.Arrays.fill(bold.get(r), true);
            }
        }

        void boldRow(int row) {
            java.util.Arrays.fill(bold.get(row), true);
        }

        void setIndent(int row, int column, int level) {
            indent.get(row)[column] = level;
        }

        String text(int row, int column) {
            return grid.get(row)[column];
        }

        void text(int row, int column, String text) {
            grid.get(row)[column] = text;
        }

        /** The rectangle becomes one cell showing the text of its top-left position. */
        void merge(int row, int column, int rowSpan, int columnSpan) {
            if (rowSpan == 1 && columnSpan == 1) {
                return;
            }
            for (int[] span : spans) {
                boolean apart = row + rowSpan <= span[0] || span[0] + span[2] <= row || column + columnSpan <= span[1] || span[1] + span[3] <= column;
                if (!apart) {
                    throw new IllegalArgumentException("overlapping merges at " + row + "," + column);
                }
            }
            spans.add(new int[] {row, column, rowSpan, columnSpan});
        }

        /** Merges equal runs down a column, for rows from {@code from}: keys[i] names what row i shows there (null = never merge). */
        void mergeRuns(int column, int from, List<String> keys, boolean merge, boolean blankBelow) {
            int start = 0;
            for (int i = 1; i <= keys.size(); i++) {
                boolean same = i < keys.size() && keys.get(i) != null && keys.get(i).equals(keys.get(start));
                if (!same) {
                    int length = i - start;
                    if (length > 1 && keys.get(start) != null) {
                        if (merge) {
                            merge(from + start, column, length, 1);
                        } else if (blankBelow) {
                            for (int k = start + 1; k < i; k++) {
                                grid.get(from + k)[column] = "";
                            }
                        }
                    }
                    start = i;
                }
            }
        }

        Table build(int[] widths, boolean horizontalRulesOnly) {
            int rows = grid.size();
            int[][] owner = new int[rows][columns];
            for (int[] row : owner) {
                java.util.Arrays.fill(row, -1);
            }
            for (int s = 0; s < spans.size(); s++) {
                int[] span = spans.get(s);
                for (int r = span[0]; r < span[0] + span[2]; r++) {
                    for (int c = span[1]; c < span[1] + span[3]; c++) {
                        owner[r][c] = s;
                    }
                }
            }
            List<Cell> cells = new ArrayList<>();
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < columns; c++) {
                    int s = owner[r][c];
                    if (s < 0) {
                        cells.add(new Cell(r, c, 1, 1, grid.get(r)[c], bold.get(r)[c], indent.get(r)[c]));
                    } else if (spans.get(s)[0] == r && spans.get(s)[1] == c) {
                        int[] span = spans.get(s);
                        cells.add(new Cell(r, c, span[2], span[3], grid.get(r)[c], bold.get(r)[c], indent.get(r)[c]));
                    }
                }
            }
            return new Table(cells, rows, columns, headerRows, widths, horizontalRulesOnly);
        }
    }
}
