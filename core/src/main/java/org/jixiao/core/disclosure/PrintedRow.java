package org.jixiao.core.disclosure;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.jixiao.core.review.Where;

/**
 * One row of a published table: what it is ({@link RowKey}), its label as printed ({@code 2060101 行政运行},
 * {@code 一、一般公共预算财政拨款收入}), which half of a two-sided table it is on, where it was read, and its printed figures
 * by column. A column the row leaves
 * blank has no entry.
 */
public record PrintedRow(RowKey key, Side side, String label, Where where, Map<ColumnKey, Figure> figures, Set<ColumnKey> unreadable) {
    /** Which half of a two-sided table (收入 | 支出) the row is on; NONE in a table of one side. */
    public enum Side { NONE, INCOME, EXPENDITURE }

    public PrintedRow {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(where, "where");
        figures = Collections.unmodifiableMap(new LinkedHashMap<>(figures));
        unreadable = Set.copyOf(unreadable);
    }

    public PrintedRow(RowKey key, Side side, String label, Where where, Map<ColumnKey, Figure> figures) {
        this(key, side, label, where, figures, Set.of());
    }

    /** True when the cell prints something that could not be read as a figure (a number broken by a page): not a blank. */
    public boolean isUnreadable(ColumnKey column) {
        return unreadable.contains(column);
    }

    /** The printed figure of a column, or null when the cell is blank. */
    public Figure figure(ColumnKey column) {
        return figures.get(column);
    }

    public Figure figure(Measure measure) {
        return figures.get(ColumnKey.of(measure));
    }
}
