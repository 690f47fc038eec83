package org.jixiao.core.finalaccounts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The nine published tables laid out for display, row by row, as the 决算 software prints them: each table's column
 * headings and its rows (合计 first, then 类, 款, 项 in code order, or the fixed rows of tables 1, 4, 6 and 9) with their
 * figures. Printed figures are shown as printed; figures a dataset leaves out (a 类 row, a 合计, a 总计) are the
 * computed ones — exactly the figures the review and the 情况说明 use. Nothing here is formatted.
 */
public final class AccountsTables {
    private AccountsTables() {}

    /** What a row is: a heading without figures, a row of the table, or a 合计/总计 row. */
    public enum Kind { HEADING, ROW, TOTAL }

    /**
     * One printed row.
     *
     * @param code   the 功能分类 or 经济分类 code, or null for a fixed row
     * @param level  0 for a fixed row or a 类, 1 for a 款, 2 for a 项 (the indentation)
     * @param values one per column, null where the table prints nothing
     */
    public record Row(String code, String name, int level, Kind kind, List<BigDecimal> values) {
        public Row {
            Objects.requireNonNull(name, "name");
            values = java.util.Collections.unmodifiableList(new ArrayList<>(values));
        }
    }

    /**
     * One of the nine tables.
     *
     * @param number 1–9
     * @param empty  true when the table has nothing in it (it is published marked empty)
     */
    public record Table(int number, String title, List<String> columns, List<Row> rows, boolean empty) {
        public Table {
            columns = List.copyOf(columns);
            rows = List.copyOf(rows);
        }

        /** {@code 表5 一般公共预算财政拨款支出决算表} */
        public String heading() {
            return "表" + number + " " + title;
        }
    }

    public static List<Table> of(FinalAccounts accounts) {
        return List.of(table1(accounts), function(2, accounts.income(), accounts), function(3, accounts.expenditure(), accounts),
                table4(accounts), function(5, accounts.general(), accounts), table6(accounts),
                function(7, accounts.governmentFund(), accounts), function(8, accounts.stateCapital(), accounts), table9(accounts));
    }

    private static Row fixed(String name, Kind kind, BigDecimal... values) {
        return new Row(null, name, 0, kind, Arrays.asList(values));
    }

    private static Table table1(FinalAccounts a) {
        Summary s = a.summary();
        List<Row> rows = new ArrayList<>();
        rows.add(fixed("收入", Kind.HEADING, (BigDecimal) null));
        for (Column source : Layouts.INCOME_SOURCES) {
            rows.add(fixed(source.label(), Kind.ROW, s.income(source.key())));
        }
        rows.add(fixed("本年收入合计", Kind.TOTAL, s.effectiveIncomeTotal()));
        rows.add(fixed("使用非财政拨款结余", Kind.ROW, s.useOfNonFiscalBalance()));
        rows.add(fixed("年初结转和结余", Kind.ROW, s.openingBalance()));
        rows.add(fixed("收入总计", Kind.TOTAL, s.effectiveIncomeGrandTotal()));
        rows.add(fixed("支出", Kind.HEADING, (BigDecimal) null));
        FunctionTable expenditure = a.expenditure();
        for (String code : expenditure.codesAt(Subject.Level.CLASS)) {
            rows.add(new Row(code, a.subjects().name(code), 0, Kind.ROW, List.of(expenditure.value(code, Layouts.TOTAL))));
        }
        BigDecimal table3Total = expenditure.total(Layouts.TOTAL);
        rows.add(fixed("本年支出合计", Kind.TOTAL, s.effectiveExpenditureTotal(table3Total)));
        rows.add(fixed("结余分配", Kind.ROW, s.surplusDistribution()));
        rows.add(fixed("年末结转和结余", Kind.ROW, s.closingBalance()));
        rows.add(fixed("支出总计", Kind.TOTAL, s.effectiveExpenditureGrandTotal(table3Total)));
        return new Table(1, "收入支出决算总表", List.of("决算数"), rows, false);
    }

    private static Table function(int number, FunctionTable table, FinalAccounts a) {
        List<Column> columns = table.columns();
        List<Row> rows = new ArrayList<>();
        List<BigDecimal> total = new ArrayList<>();
        for (Column column : columns) {
            total.add(table.total(column.key()));
        }
        rows.add(new Row(null, "合计", 0, Kind.TOTAL, total));
        for (String code : table.allCodes()) {
            List<BigDecimal> values = new ArrayList<>();
            for (Column column : columns) {
                values.add(table.value(code, column.key()));
            }
            rows.add(new Row(code, a.subjects().name(code), Subject.level(code).ordinal(), Kind.ROW, values));
        }
        return new Table(number, table.title(), columns.stream().map(Column::label).toList(), rows, table.isEmpty());
    }

    private static Table table4(FinalAccounts a) {
        FiscalSummary f = a.fiscal();
        List<Row> rows = new ArrayList<>();
        for (Column kind : Layouts.FISCAL_KINDS) {
            String k = kind.key();
            BigDecimal income = f.get(f.income(), k);
            BigDecimal opening = f.get(f.opening(), k);
            BigDecimal expenditure = f.get(f.expenditure(), k);
            BigDecimal closing = f.get(f.closing(), k);
            rows.add(fixed(kind.label(), Kind.ROW, income, opening, income.add(opening), expenditure, closing, expenditure.add(closing)));
        }
        rows.add(fixed("合计", Kind.TOTAL, f.incomeSum(), f.openingSum(), f.effectiveIncomeGrandTotal(), f.expenditureSum(),
                f.closingSum(), f.effectiveExpenditureGrandTotal()));
        return new Table(4, "财政拨款收入支出决算总表",
                List.of("本年收入", "年初财政拨款结转和结余", "收入总计", "本年支出", "年末财政拨款结转和结余", "支出总计"), rows, false);
    }

    private static Table table6(FinalAccounts a) {
        BasicDetail d = a.basicDetail();
        List<Row> rows = new ArrayList<>();
        rows.add(fixed("合计", Kind.TOTAL, d.effectivePersonnel().add(d.effectivePublic())));
        rows.add(fixed("人员经费", Kind.TOTAL, d.effectivePersonnel()));
        for (EconomicRow row : d.personnelRows()) {
            rows.add(new Row(row.code(), row.name(), row.code().length() > 3 ? 1 : 0, Kind.ROW, List.of(row.amount())));
        }
        rows.add(fixed("公用经费", Kind.TOTAL, d.effectivePublic()));
        for (EconomicRow row : d.publicRows()) {
            rows.add(new Row(row.code(), row.name(), row.code().length() > 3 ? 1 : 0, Kind.ROW, List.of(row.amount())));
        }
        return new Table(6, "一般公共预算财政拨款基本支出决算明细表", List.of("决算数"), rows, d.rows().isEmpty());
    }

    private static Table table9(FinalAccounts a) {
        ThreePublic t = a.threePublic();
        List<Row> rows = new ArrayList<>();
        if (t != null) {
            rows.add(fixed("预算数", Kind.ROW, values9(t.budget())));
            rows.add(fixed("决算数", Kind.ROW, values9(t.actual())));
        }
        boolean empty = t == null || (t.budget().total().signum() == 0 && t.actual().total().signum() == 0);
        return new Table(9, "财政拨款“三公”经费支出决算表", List.of("合计", "因公出国（境）费", "公务用车购置及运行维护费 小计", "公务用车购置费",
                "公务用车运行维护费", "公务接待费"), rows, empty);
    }

    private static BigDecimal[] values9(ThreePublic.Amounts m) {
        return new BigDecimal[] {m.total(), m.overseas(), m.vehicles(), m.vehiclePurchase(), m.vehicleOperation(), m.reception()};
    }
}
