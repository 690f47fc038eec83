package org.jixiao.report.document;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * A piece of a generated document, independent of the output format: the Word and HTML renderers draw the same
 * blocks, so that both say the same thing.
 */
public sealed interface Block permits Block.Heading, Block.Paragraph, Block.Placeholder, Block.Table, Block.Chart, Block.PageBreak {

    /** A heading; level 1 is a chapter (一、), 2 a section (（一）), 3 and 4 below. The text carries its own numbering. */
    record Heading(int level, String text) implements Block {
        public Heading {
            Objects.requireNonNull(text, "text");
        }
    }

    /** Body text. {@code emphasis} renders it bold (the formulaic score line, the conclusion). */
    record Paragraph(String text, boolean emphasis) implements Block {
        public Paragraph {
            Objects.requireNonNull(text, "text");
        }

        public static Paragraph of(String text) {
            return new Paragraph(text, false);
        }
    }

    /** Prose the data does not have yet, shown as 【待填写：…】 so that a missing part is visible, never silent. */
    record Placeholder(String what) implements Block {
        public String text() {
            return "【待填写：" + what + "】";
        }
    }

    /**
     * A table with its caption (表7：…) and an optional unit note (单位：万元). The first {@code headerRows} rows are
     * headers, repeated on every page.
     */
    record Table(String caption, String unit, List<Column> columns, List<List<Cell>> rows, int headerRows) implements Block {
        public Table {
            columns = List.copyOf(columns);
            rows = rows.stream().map(List::copyOf).toList();
            for (List<Cell> row : rows) {
                if (row.size() != columns.size()) {
                    throw new IllegalArgumentException("row has " + row.size() + " cells, table has " + columns.size() + " columns");
                }
            }
        }
    }

    /** A column: its relative width and alignment. */
    record Column(int width, Align align) {}

    enum Align { LEFT, CENTER, RIGHT }

    /**
     * A cell. {@code mergedAbove} continues the cell above it (a vertical merge, as the reports print a 二级指标 once for
     * all its rows); {@code bold} for header and total rows.
     */
    record Cell(String text, boolean mergedAbove, boolean bold) {
        public static Cell of(String text) {
            return new Cell(text == null ? "" : text, false, false);
        }

        public static Cell bold(String text) {
            return new Cell(text == null ? "" : text, false, true);
        }

        public static Cell continued() {
            return new Cell("", true, false);
        }
    }

    /** A figure drawn as a native chart: Word gets an editable chart with its data, HTML an SVG drawing. */
    record Chart(String caption, Kind kind, List<String> categories, List<Series> series, String valueUnit) implements Block {
        public enum Kind { BAR, LINE }

        public Chart {
            categories = List.copyOf(categories);
            series = List.copyOf(series);
            for (Series s : series) {
                if (s.values().size() != categories.size()) {
                    throw new IllegalArgumentException("series " + s.name() + " has " + s.values().size() + " values for "
                            + categories.size() + " categories");
                }
            }
        }
    }

    record Series(String name, List<BigDecimal> values) {
        public Series {
            values = List.copyOf(values);
        }
    }

    /** Starts a new page (after the cover). */
    record PageBreak() implements Block {}
}
