package org.jixiao.formats.reportreader;

import java.util.List;

/**
 * A report as numbered lines: a text file's lines, or a Word document's paragraphs with each table row as one line of
 * tab-separated cells (and a blank line after each table). Line n is {@code lines.get(n - 1)}.
 */
public record ReportText(String name, List<String> lines) {
    public ReportText {
        lines = List.copyOf(lines);
    }
}
