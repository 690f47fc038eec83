package org.jixiao.core.finalaccounts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * A table whose rows are 支出功能分类科目 (tables 2, 3, 5, 7 and 8): its columns, the identity each row satisfies, the rows
 * as printed and the printed 合计 row.
 *
 * <p>Only printed figures are stored. A 类 or 款 row the dataset leaves out, a row's 合计 left out, or a missing 合计 row
 * is computed from its parts; a printed one is used as printed (so that the 情况说明 quotes the table), and the review
 * compares it with its parts.
 */
public final class FunctionTable {
    private final String id;
    private final String title;
    private final List<Column> columns;
    private final RowIdentity identity;
    private final Map<String, TableRow> rows;
    private final Map<String, BigDecimal> statedTotal;

    public FunctionTable(String id, String title, List<Column> columns, RowIdentity identity, List<TableRow> rows,
            Map<String, BigDecimal> statedTotal) {
        this.id = Objects.requireNonNull(id);
        this.title = Objects.requireNonNull(title);
        this.columns = List.copyOf(columns);
        this.identity = identity;
        Map<String, TableRow> map = new LinkedHashMap<>();
        for (TableRow row : rows) {
            if (Subject.level(row.code()) == null) {
                throw new IllegalArgumentException(id + "：功能分类科目编码应为 3、5 或 7 位数字：" + row.code());
            }
            if (map.putIfAbsent(row.code(), row) != null) {
                throw new IllegalArgumentException(id + "：科目 " + row.code() + " 出现了两次");
            }
        }
        this.rows = Collections.unmodifiableMap(map);
        this.statedTotal = statedTotal == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(statedTotal));
    }

    /** An empty table of the given layout (a table with nothing in it is still published). */
    public static FunctionTable empty(String id, String title, List<Column> columns, RowIdentity identity) {
        return new FunctionTable(id, title, columns, identity, List.of(), Map.of());
    }

    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    public List<Column> columns() {
        return columns;
    }

    public RowIdentity identity() {
        return identity;
    }

    public String columnLabel(String key) {
        return columns.stream().filter(c -> c.key().equals(key)).map(Column::label).findFirst().orElse(key);
    }

    /** The rows as printed in the dataset, in their order. */
    public List<TableRow> statedRows() {
        return List.copyOf(rows.values());
    }

    public Map<String, BigDecimal> statedTotal() {
        return statedTotal;
    }

    public boolean isStated(String code) {
        return rows.containsKey(code);
    }

    /** Every code the table shows: the printed rows and their 类/款, in code order. */
    public List<String> allCodes() {
        TreeSet<String> codes = new TreeSet<>();
        for (String code : rows.keySet()) {
            for (String c = code; c != null; c = Subject.parentCode(c)) {
                codes.add(c);
            }
        }
        return List.copyOf(codes);
    }

    public List<String> codesAt(Subject.Level level) {
        return allCodes().stream().filter(c -> Subject.level(c) == level).toList();
    }

    public List<String> children(String code) {
        List<String> out = new ArrayList<>();
        for (String c : allCodes()) {
            if (code.equals(Subject.parentCode(c))) {
                out.add(c);
            }
        }
        return out;
    }

    /** A row's figure: as printed, else from the row identity, else the sum of its children. */
    public BigDecimal value(String code, String column) {
        TableRow row = rows.get(code);
        if (row != null && row.has(column)) {
            return row.get(column);
        }
        if (row != null && identity != null && identity.result().equals(column)
                && identity.plus().stream().anyMatch(row::has)) {
            return identity.compute(k -> value(code, k));
        }
        if (Subject.level(code) == Subject.Level.ITEM) {
            return BigDecimal.ZERO;
        }
        return childSum(code, column);
    }

    /** Σ of the children's figures (类 = Σ款, 款 = Σ项). */
    public BigDecimal childSum(String code, String column) {
        BigDecimal sum = BigDecimal.ZERO;
        for (String child : children(code)) {
            sum = sum.add(value(child, column));
        }
        return sum;
    }

    /** The 合计 row's figure: as printed, else Σ 类. */
    public BigDecimal total(String column) {
        BigDecimal stated = statedTotal.get(column);
        if (stated != null) {
            return stated;
        }
        if (identity != null && identity.result().equals(column) && identity.plus().stream().anyMatch(statedTotal::containsKey)) {
            return identity.compute(this::total);
        }
        return classSum(column);
    }

    /** Σ of the 类 rows. */
    public BigDecimal classSum(String column) {
        BigDecimal sum = BigDecimal.ZERO;
        for (String code : codesAt(Subject.Level.CLASS)) {
            sum = sum.add(value(code, column));
        }
        return sum;
    }

    /** True when the table has nothing in it: it is published marked empty. */
    public boolean isEmpty() {
        for (Column column : columns) {
            if (total(column.key()).signum() != 0) {
                return false;
            }
            for (TableRow row : rows.values()) {
                if (row.get(column.key()).signum() != 0) {
                    return false;
                }
            }
        }
        return true;
    }
}
