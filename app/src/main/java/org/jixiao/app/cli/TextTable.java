package org.jixiao.app.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text table for the terminal that lines up Chinese text: CJK characters take two columns on screen, so
 * padding counts display width, not characters.
 */
final class TextTable {
    private final List<String> headers;
    private final boolean[] rightAligned;
    private final List<List<String>> rows = new ArrayList<>();
    /** Where a streaming table prints its lines; null for a table rendered whole. */
    private PrintWriter sink;
    private int sample;
    private int[] streamWidths;

    TextTable(List<String> headers, boolean... rightAligned) {
        this.headers = headers;
        this.rightAligned = rightAligned;
    }

    /**
     * A table printed while its rows come in, holding at most {@code sample} rows: the column widths are measured on the
     * first {@code sample} rows, then every row is printed at once (a longer cell later widens only its own line).
     * Call {@link #finish()} after the last row.
     */
    static TextTable streaming(PrintWriter out, int sample, List<String> headers, boolean... rightAligned) {
        TextTable table = new TextTable(headers, rightAligned);
        table.sink = out;
        table.sample = Math.max(1, sample);
        return table;
    }

    TextTable row(String... cells) {
        if (sink != null && streamWidths != null) {
            StringBuilder line = new StringBuilder();
            line(line, List.of(cells), streamWidths);
            sink.print(line);
            return this;
        }
        rows.add(List.of(cells));
        if (sink != null && rows.size() >= sample) {
            finish();
        }
        return this;
    }

    /** Prints what a streaming table still holds (the header and the sampled rows when fewer came in). */
    void finish() {
        if (streamWidths == null) {
            streamWidths = widths();
            sink.print(render(streamWidths));
            rows.clear();
        }
        sink.flush();
    }

    String render() {
        return render(widths());
    }

    private int[] widths() {
        int[] widths = new int[headers.size()];
        for (int c = 0; c < headers.size(); c++) {
            widths[c] = width(headers.get(c));
            for (List<String> row : rows) {
                widths[c] = Math.max(widths[c], width(row.get(c)));
            }
        }
        return widths;
    }

    private String render(int[] widths) {
        StringBuilder out = new StringBuilder();
        line(out, headers, widths);
        int total = 0;
        for (int w : widths) {
            total += w + 2;
        }
        out.append("─".repeat(Math.max(0, total - 2))).append('\n');
        for (List<String> row : rows) {
            line(out, row, widths);
        }
        return out.toString();
    }

    private void line(StringBuilder out, List<String> cells, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int c = 0; c < cells.size(); c++) {
            String cell = cells.get(c);
            String pad = " ".repeat(Math.max(0, widths[c] - width(cell)));
            boolean right = c < rightAligned.length && rightAligned[c];
            line.append(right ? pad + cell : cell + pad);
            if (c + 1 < cells.size()) {
                line.append("  ");
            }
        }
        out.append(line.toString().stripTrailing()).append('\n');
    }

    /** Display width: East Asian wide and full-width characters count 2. */
    static int width(String text) {
        int width = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            width += isWide(cp) ? 2 : 1;
            i += Character.charCount(cp);
        }
        return width;
    }

    private static boolean isWide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0x303E) || (cp >= 0x3041 && cp <= 0x33FF)
                || (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0xA000 && cp <= 0xA4CF)
                || (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F)
                || (cp >= 0xFF00 && cp <= 0xFF60) || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x20000 && cp <= 0x3FFFD);
    }
}
