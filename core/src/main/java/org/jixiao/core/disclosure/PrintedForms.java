package org.jixiao.core.disclosure;

import java.math.BigDecimal;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * How a table inferred from the alignment of plain text writes its figures — the decimals most of them print, whether
 * those of 1,000 and more carry thousands separators — and so which of its figures are written otherwise: a line number
 * taken for a figure ({@code 8} among {@code 6,367.08}), a digit of the next column run into a figure ({@code 2416.20}
 * where the table prints {@code 2,439.31}). Such a figure is not sure enough to call anything wrong with it. A table whose
 * cells its source marks (Word, HTML, a PDF grid) has no doubtful figure.
 */
final class PrintedForms {
    private record Form(int scale, double scaleShare, double separatorShare, int large) {}

    private final Map<PrintedTable, Form> forms = new IdentityHashMap<>();

    /**
     * Whether this figure of this table is written unlike the table's other figures (only in a table read from text): with
     * other decimals than most of its figures ({@code 0} or {@code 13,460,600.0} among {@code 0.00}s), or without the
     * thousands separator the table's large figures carry. It matters only where a relation fails: a figure so written is
     * more likely misread than misprinted.
     */
    boolean doubtful(PrintedTable table, Figure figure) {
        if (table == null || figure == null || !table.aligned()) {
            return false;
        }
        Form form = forms.computeIfAbsent(table, PrintedForms::form);
        if (form.scaleShare() >= 0.5 && Math.max(figure.value().scale(), 0) != form.scale()) {
            return true;
        }
        boolean large = figure.value().abs().compareTo(BigDecimal.valueOf(1000)) >= 0;
        return large && form.large() >= 3 && form.separatorShare() >= 0.8 && !figure.printed().contains(",");
    }

    private static Form form(PrintedTable table) {
        Map<Integer, Integer> scales = new java.util.HashMap<>();
        int figures = 0;
        int large = 0;
        int separated = 0;
        for (PrintedRow row : table.rows()) {
            for (Figure figure : row.figures().values()) {
                figures++;
                scales.merge(Math.max(figure.value().scale(), 0), 1, Integer::sum);
                if (figure.value().abs().compareTo(BigDecimal.valueOf(1000)) >= 0) {
                    large++;
                    if (figure.printed().contains(",")) {
                        separated++;
                    }
                }
            }
        }
        int scale = 0;
        int most = 0;
        for (Map.Entry<Integer, Integer> entry : scales.entrySet()) {
            if (entry.getValue() > most) {
                most = entry.getValue();
                scale = entry.getKey();
            }
        }
        return new Form(scale, figures == 0 ? 0 : most / (double) figures, large == 0 ? 0 : separated / (double) large, large);
    }
}
