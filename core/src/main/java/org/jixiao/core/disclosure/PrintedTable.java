package org.jixiao.core.disclosure;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jixiao.core.review.Where;

/**
 * One table of a published disclosure as printed: its role, its own title, its unit, its columns by meaning (with the
 * header words they were read from) and its rows. Only printed figures are kept; nothing is filled in.
 *
 * @param title   the title as printed ({@code 公开03表 支出决算表}); the standard name when the document prints none
 * @param unit    the money unit of every figure (单位：万元 / 元)
 * @param columns the columns read, by meaning, with their header words as printed
 * @param empty   true when the table is published marked empty (本表无数据, 本单位无此项支出) or prints no figure at all
 * @param aligned true when its rows and columns were inferred from how plain text lines up (text converted from a PDF),
 *                not marked by the source: a figure may have gone to the wrong row or column
 */
public record PrintedTable(Statement statement, TableRole role, String title, Unit unit, Where where,
                           Map<ColumnKey, String> columns, List<PrintedRow> rows, boolean empty, boolean aligned) {
    /** A table whose cells the source marks (Word, HTML, a ruled or stream PDF grid). */
    public PrintedTable(Statement statement, TableRole role, String title, Unit unit, Where where, Map<ColumnKey, String> columns,
            List<PrintedRow> rows, boolean empty) {
        this(statement, role, title, unit, where, columns, rows, empty, false);
    }

    public PrintedTable {
        Objects.requireNonNull(statement, "statement");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(where, "where");
        columns = Collections.unmodifiableMap(new LinkedHashMap<>(columns));
        rows = List.copyOf(rows);
    }

    /** The first row with this key, or null. */
    public PrintedRow row(RowKey key) {
        for (PrintedRow row : rows) {
            if (row.key().equals(key)) {
                return row;
            }
        }
        return null;
    }

    public PrintedRow row(Line line) {
        return row(RowKey.line(line));
    }

    public boolean hasColumn(ColumnKey column) {
        return columns.containsKey(column);
    }

    /** The header words of a column, else the meaning's own word. */
    public String columnLabel(ColumnKey column) {
        String label = columns.get(column);
        return label == null || label.isBlank() ? column.toString() : label;
    }

    /** Rows by 科目 code (功能分类 or 经济分类), in printed order. */
    public List<PrintedRow> codeRows() {
        List<PrintedRow> out = new ArrayList<>();
        for (PrintedRow row : rows) {
            if (row.key() instanceof RowKey.Code) {
                out.add(row);
            }
        }
        return out;
    }

    /**
     * How this table prints nothing: when it prints no zero anywhere, a blank cell is its way of printing 0 (the 决算
     * software leaves zero cells empty); when it prints zeros (0.00), a blank is "not given".
     */
    public boolean blankMeansZero() {
        for (PrintedRow row : rows) {
            for (Figure figure : row.figures().values()) {
                if (figure.value().signum() == 0) {
                    return false;
                }
            }
        }
        return true;
    }

    /** {@code 公开03表 支出决算表}, or the standard name of its role. */
    public String name() {
        return title.isBlank() ? role.standardName(statement) : title;
    }
}
