package org.jixiao.core.disclosure;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jixiao.core.review.Where;

/**
 * Builds printed tables for tests the way a reader would: each row's cells as printed strings, "" for a blank cell; a
 * row's key from its code or its fixed line. Cell places are page 1, table {@code index}, the row and column of the grid.
 */
final class Printed {
    private final Statement statement;
    private final TableRole role;
    private final Unit unit;
    private final int index;
    private final Map<ColumnKey, String> columns = new LinkedHashMap<>();
    private final List<PrintedRow> rows = new ArrayList<>();

    private Printed(Statement statement, TableRole role, Unit unit, int index) {
        this.statement = statement;
        this.role = role;
        this.unit = unit;
        this.index = index;
    }

    static Printed table(Statement statement, TableRole role, Unit unit, int index, Object... columns) {
        Printed printed = new Printed(statement, role, unit, index);
        for (Object column : columns) {
            ColumnKey key = column instanceof Measure m ? ColumnKey.of(m) : (ColumnKey) column;
            printed.columns.put(key, key.toString());
        }
        return printed;
    }

    Printed row(Object key, String label, String... cells) {
        return row(PrintedRow.Side.NONE, key, label, cells);
    }

    Printed income(Object key, String label, String... cells) {
        return row(PrintedRow.Side.INCOME, key, label, cells);
    }

    Printed spending(Object key, String label, String... cells) {
        return row(PrintedRow.Side.EXPENDITURE, key, label, cells);
    }

    private Printed row(PrintedRow.Side side, Object key, String label, String... cells) {
        RowKey rowKey = key instanceof Line line ? RowKey.line(line) : key instanceof String code && code.matches("\\d+") ? RowKey.code(code)
                : new RowKey.Name(String.valueOf(key));
        int r = rows.size() + 2;
        Map<ColumnKey, Figure> figures = new LinkedHashMap<>();
        List<ColumnKey> keys = new ArrayList<>(columns.keySet());
        for (int c = 0; c < cells.length; c++) {
            String text = cells[c];
            if (!text.isBlank()) {
                figures.put(keys.get(c), new Figure(new BigDecimal(text.replace(",", "").replace("%", "")), text,
                        new Where(1, 0, 0, index, r, c + 3)));
            }
        }
        rows.add(new PrintedRow(rowKey, side, label, new Where(1, 0, 0, index, r, 1), figures));
        return this;
    }

    PrintedTable build() {
        return build(false);
    }

    PrintedTable build(boolean empty) {
        return new PrintedTable(statement, role, "", unit, new Where(1, 0, 0, index, 0, 0), columns, rows, empty);
    }

    static PublishedDisclosure disclosure(Statement statement, PrintedTable... tables) {
        return new PublishedDisclosure("测试.pdf", statement, "某局", 2024, List.of(tables), List.of());
    }
}
