package org.jixiao.core.disclosure;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.jixiao.core.disclosure.Relations.Ref;
import org.jixiao.core.disclosure.Relations.Term;
import org.jixiao.core.review.Finding;
import org.jixiao.core.review.Location;
import org.jixiao.core.review.Severity;
import org.jixiao.core.review.Tolerance;

/**
 * The identities of the published tables (domain §8, the 审核公式 of the 决算 software), for whichever tables a document
 * prints: within a table (合计 = Σ 类, 类 = Σ 款, 款 = Σ 项, a row's 合计 = its parts, the balances of the summary
 * tables, the “三公” items, the year-on-year columns) and between two tables (the same figure printed twice). A relation
 * between two tables of which one is not published is listed as not checked, once, with the table it needs.
 */
final class TableIdentities {
    static final String TOTAL = "TABLE_TOTAL";
    static final String HIERARCHY = "TABLE_HIERARCHY";
    static final String ROW = "TABLE_ROW";
    static final String BALANCE = "TABLE_BALANCE";
    static final String CROSS = "CROSS_TABLE";
    static final String PRIOR = "PRIOR_YEAR";

    private final PublishedDisclosure disclosure;
    private final Relations relations;

    private TableIdentities(PublishedDisclosure disclosure, Relations relations) {
        this.disclosure = disclosure;
        this.relations = relations;
    }

    static void check(PublishedDisclosure disclosure, Relations relations) {
        TableIdentities identities = new TableIdentities(disclosure, relations);
        for (PrintedTable table : disclosure.tables()) {
            identities.within(table);
        }
        identities.between();
    }

    // ---------------------------------------------------------------------------------------------- within one table

    private void within(PrintedTable table) {
        switch (table.role()) {
            case SUMMARY -> summary(table);
            case FISCAL_SUMMARY -> fiscalSummary(table);
            case THREE_PUBLIC -> threePublic(table);
            default -> {
                coded(table);
                rowIdentities(table);
            }
        }
        priorYear(table);
    }

    private static List<Period> periods(PrintedTable table, Measure measure) {
        List<Period> periods = new ArrayList<>();
        for (Period period : List.of(Period.CURRENT, Period.PRIOR, Period.CHANGE)) {
            if (table.hasColumn(new ColumnKey(measure, period))) {
                periods.add(period);
            }
        }
        return periods;
    }

    /** 合计 = Σ top rows; every printed 类/款 = Σ its printed children; for every money column. */
    private void coded(PrintedTable table) {
        List<PrintedRow> codes = table.codeRows();
        if (codes.isEmpty()) {
            return;
        }
        Set<String> printed = new LinkedHashSet<>();
        for (PrintedRow row : codes) {
            printed.add(((RowKey.Code) row.key()).code());
        }
        boolean named = table.rows().stream().anyMatch(row -> row.key() instanceof RowKey.Name);
        if (named) {
            // a row whose 科目 could not be read may be any 类, 款 or 项: no sum over the 科目 is certain
            relations.unchecked("named|" + table.name(), table.where(), table.name(),
                    table.name() + "中有行的科目编码未能读出，合计 = 各类之和、类 = Σ款、款 = Σ项未核对");
            return;
        }
        for (ColumnKey column : table.columns().keySet()) {
            if (column.period() == Period.CHANGE_RATE) {
                continue;
            }
            List<Term> tops = new ArrayList<>();
            for (PrintedRow row : codes) {
                RowKey.Code code = (RowKey.Code) row.key();
                if (!hasPrintedAncestor(code, printed)) {
                    tops.add(Term.plus(new Ref(table, row, column)));
                }
                List<Term> children = new ArrayList<>();
                for (PrintedRow child : codes) {
                    RowKey.Code parent = ((RowKey.Code) child.key()).parent();
                    if (parent != null && parent.equals(code)) {
                        children.add(Term.plus(new Ref(table, child, column)));
                    }
                }
                if (!children.isEmpty()) {
                    relations.check(HIERARCHY, code.depth() == 0 ? "类 = 所属各款之和" : "款 = 所属各项之和", new Ref(table, row, column), children);
                }
            }
            PrintedRow total = table.row(Line.TOTAL);
            if (total != null) {
                relations.check(TOTAL, "合计 = 各类之和", new Ref(table, total, column), tops);
            }
        }
    }

    private static boolean hasPrintedAncestor(RowKey.Code code, Set<String> printed) {
        for (RowKey.Code parent = code.parent(); parent != null; parent = parent.parent()) {
            if (printed.contains(parent.code())) {
                return true;
            }
        }
        return false;
    }

    /** A row's 合计 = its parts (收入表: the sources; 支出表: 基本 + 项目 + …; 基金表: 年末 = 年初 + 收入 − 支出). */
    private void rowIdentities(PrintedTable table) {
        for (PrintedRow row : table.rows()) {
            for (Period period : List.of(Period.CURRENT, Period.PRIOR, Period.CHANGE)) {
                switch (table.role()) {
                    case INCOME -> income(table, row, period);
                    case EXPENDITURE -> sum(table, row, period, Measure.TOTAL, Measure.BASIC, Measure.PROJECT, Measure.UPPER,
                            Measure.OPERATING, Measure.AFFILIATED);
                    case GENERAL_PUBLIC, STATE_CAPITAL -> sum(table, row, period, Measure.TOTAL, Measure.BASIC, Measure.PROJECT);
                    case BASIC -> sum(table, row, period, Measure.TOTAL, Measure.PERSONNEL, Measure.PUBLIC_FUNDS);
                    case GOVERNMENT_FUND -> governmentFund(table, row, period);
                    default -> { }
                }
            }
        }
    }

    private void income(PrintedTable table, PrintedRow row, Period period) {
        List<Measure> parts = new ArrayList<>();
        boolean fiscal = table.hasColumn(new ColumnKey(Measure.FISCAL, period));
        if (fiscal) {
            parts.add(Measure.FISCAL);
            sum(table, row, period, Measure.FISCAL, Measure.GENERAL_PUBLIC, Measure.GOVERNMENT_FUND, Measure.STATE_CAPITAL);
        } else {
            parts.addAll(List.of(Measure.GENERAL_PUBLIC, Measure.GOVERNMENT_FUND, Measure.STATE_CAPITAL));
        }
        parts.addAll(List.of(Measure.CARRIED_OVER, Measure.SPECIAL_ACCOUNT, Measure.SUPERIOR, Measure.BUSINESS, Measure.OPERATING_INCOME,
                Measure.AFFILIATED_INCOME, Measure.OTHER_INCOME));
        sum(table, row, period, Measure.TOTAL, parts.toArray(Measure[]::new));
    }

    private void governmentFund(PrintedTable table, PrintedRow row, Period period) {
        if (table.hasColumn(new ColumnKey(Measure.EXPENDITURE, period))) {
            sum(table, row, period, Measure.EXPENDITURE, Measure.BASIC, Measure.PROJECT);
        } else {
            sum(table, row, period, Measure.TOTAL, Measure.BASIC, Measure.PROJECT);
        }
        ColumnKey closing = new ColumnKey(Measure.CLOSING, period);
        if (table.hasColumn(closing) && table.hasColumn(new ColumnKey(Measure.INCOME, period))) {
            List<Term> terms = new ArrayList<>();
            terms.add(Term.plus(new Ref(table, row, new ColumnKey(Measure.OPENING, period))));
            terms.add(Term.plus(new Ref(table, row, new ColumnKey(Measure.INCOME, period))));
            if (table.hasColumn(new ColumnKey(Measure.EXPENDITURE, period))) {
                terms.add(Term.minus(new Ref(table, row, new ColumnKey(Measure.EXPENDITURE, period))));
            } else {
                terms.add(Term.minus(new Ref(table, row, new ColumnKey(Measure.BASIC, period))));
                terms.add(Term.minus(new Ref(table, row, new ColumnKey(Measure.PROJECT, period))));
            }
            relations.check(ROW, "年末结转和结余 = 年初结转和结余 + 本年收入 − 本年支出", new Ref(table, row, closing), terms);
        }
    }

    /** result = Σ parts in one row, for the parts the table prints as columns. */
    private void sum(PrintedTable table, PrintedRow row, Period period, Measure result, Measure... parts) {
        ColumnKey resultColumn = new ColumnKey(result, period);
        if (!table.hasColumn(resultColumn)) {
            return;
        }
        List<Term> terms = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (Measure part : parts) {
            ColumnKey column = new ColumnKey(part, period);
            if (table.hasColumn(column)) {
                terms.add(Term.plus(new Ref(table, row, column)));
                names.add(table.columnLabel(column));
            }
        }
        if (terms.size() < 2) {
            return;
        }
        relations.check(ROW, table.columnLabel(resultColumn) + " = " + String.join(" + ", names), new Ref(table, row, resultColumn), terms);
    }

    /** 收入支出决算总表 / 部门收支总表: 本年收入合计 = Σ sources; 收入总计 = …; 本年支出合计 = Σ 类; 支出总计 = …; 收入总计 = 支出总计. */
    private void summary(PrintedTable table) {
        for (Period period : periods(table, Measure.AMOUNT)) {
            ColumnKey amount = new ColumnKey(Measure.AMOUNT, period);
            PrintedRow incomeTotal = table.row(Line.INCOME_TOTAL);
            boolean unknownIncome = table.rows().stream()
                    .anyMatch(row -> row.side() == PrintedRow.Side.INCOME && !(row.key() instanceof RowKey.Fixed));
            if (incomeTotal != null && !unknownIncome) {
                List<Line> sources = new ArrayList<>(Line.INCOME_SOURCES);
                if (table.row(Line.INCOME_FISCAL) != null) {
                    sources.removeAll(Line.FISCAL_INCOME);
                    sources.add(0, Line.INCOME_FISCAL);
                    lines(BALANCE, "财政拨款收入 = 一般公共预算 + 政府性基金预算 + 国有资本经营预算财政拨款收入", table, Line.INCOME_FISCAL,
                            Line.FISCAL_INCOME, amount);
                }
                lines(BALANCE, "本年收入合计 = 各项收入之和", table, Line.INCOME_TOTAL, sources, amount);
            }
            lines(BALANCE, "收入总计 = 本年收入合计 + 使用非财政拨款结余 + 年初结转和结余", table, Line.INCOME_GRAND_TOTAL,
                    List.of(Line.INCOME_TOTAL, Line.USE_OF_NON_FISCAL_BALANCE, Line.OPENING_BALANCE), amount);
            PrintedRow expenditureTotal = table.row(Line.EXPENDITURE_TOTAL);
            // the 支出 half may list 基本支出/项目支出 or 其中 rows instead of (or besides) the 类: only 类 are added up
            boolean onlyClasses = table.rows().stream().filter(row -> row.side() == PrintedRow.Side.EXPENDITURE)
                    .noneMatch(row -> row.key() instanceof RowKey.Name);
            if (expenditureTotal != null && onlyClasses) {
                relations.check(BALANCE, "本年支出合计 = 各类支出之和", new Ref(table, expenditureTotal, amount), expenditureRows(table, amount));
            }
            lines(BALANCE, "支出总计 = 本年支出合计 + 结余分配 + 年末结转和结余", table, Line.EXPENDITURE_GRAND_TOTAL,
                    List.of(Line.EXPENDITURE_TOTAL, Line.SURPLUS_DISTRIBUTION, Line.CLOSING_BALANCE), amount);
            relations.same(BALANCE, "收入总计 = 支出总计", new Ref(table, table.row(Line.INCOME_GRAND_TOTAL), amount),
                    new Ref(table, table.row(Line.EXPENDITURE_GRAND_TOTAL), amount));
        }
    }

    /** The 类 rows of the expenditure half of a summary table. */
    private static List<Term> expenditureRows(PrintedTable table, ColumnKey column) {
        List<Term> terms = new ArrayList<>();
        for (PrintedRow row : table.rows()) {
            if (row.side() == PrintedRow.Side.EXPENDITURE && !(row.key() instanceof RowKey.Fixed)) {
                terms.add(Term.plus(new Ref(table, row, column)));
            }
        }
        return terms;
    }

    private void lines(String code, String rule, PrintedTable table, Line result, List<Line> parts, ColumnKey column) {
        PrintedRow row = table.row(result);
        if (row == null) {
            return;
        }
        List<Term> terms = new ArrayList<>();
        for (Line part : parts) {
            PrintedRow partRow = table.row(part);
            if (partRow != null) {
                terms.add(Term.plus(new Ref(table, partRow, column)));
            }
        }
        relations.check(code, rule, new Ref(table, row, column), terms);
    }

    /** 财政拨款收入支出决算总表 / 财政拨款收支总表. */
    private void fiscalSummary(PrintedTable table) {
        ColumnKey amount = ColumnKey.of(Measure.AMOUNT);
        ColumnKey spent = table.hasColumn(ColumnKey.of(Measure.TOTAL)) ? ColumnKey.of(Measure.TOTAL) : amount;
        lines(BALANCE, "本年收入合计 = 三类财政拨款收入之和", table, Line.INCOME_TOTAL, Line.FISCAL_INCOME, amount);
        lines(BALANCE, "年初财政拨款结转和结余 = 三类财政拨款年初结转和结余之和", table, Line.OPENING_BALANCE, Line.FISCAL_OPENING, amount);
        lines(BALANCE, "收入总计 = 本年收入合计 + 年初财政拨款结转和结余", table, Line.INCOME_GRAND_TOTAL,
                List.of(Line.INCOME_TOTAL, Line.OPENING_BALANCE), amount);
        List<ColumnKey> kinds = List.of(ColumnKey.of(Measure.GENERAL_PUBLIC), ColumnKey.of(Measure.GOVERNMENT_FUND), ColumnKey.of(Measure.STATE_CAPITAL));
        for (PrintedRow row : table.rows()) {
            if (row.side() == PrintedRow.Side.EXPENDITURE && spent.measure() == Measure.TOTAL) {
                List<Term> parts = kinds.stream().map(k -> Term.plus(new Ref(table, row, k))).toList();
                relations.check(ROW, "合计 = 一般公共预算 + 政府性基金预算 + 国有资本经营预算财政拨款", new Ref(table, row, spent), parts);
            }
        }
        List<ColumnKey> columns = new ArrayList<>();
        columns.add(spent);
        columns.addAll(kinds);
        boolean onlyClasses = table.rows().stream().filter(row -> row.side() == PrintedRow.Side.EXPENDITURE)
                .noneMatch(row -> row.key() instanceof RowKey.Name);
        for (ColumnKey column : columns) {
            PrintedRow total = table.row(Line.EXPENDITURE_TOTAL);
            if (total != null && onlyClasses) {
                relations.check(BALANCE, "本年支出合计 = 各类支出之和", new Ref(table, total, column), expenditureRows(table, column));
            }
            lines(BALANCE, "支出总计 = 本年支出合计 + 年末财政拨款结转和结余", table, Line.EXPENDITURE_GRAND_TOTAL,
                    List.of(Line.EXPENDITURE_TOTAL, Line.CLOSING_BALANCE), column);
        }
        relations.same(BALANCE, "收入总计 = 支出总计", new Ref(table, table.row(Line.INCOME_GRAND_TOTAL), amount),
                new Ref(table, table.row(Line.EXPENDITURE_GRAND_TOTAL), spent));
        // each kind: 年末 = 年初 + 本年收入 − 本年支出
        for (int k = 0; k < 3; k++) {
            PrintedRow closing = table.row(Line.CLOSING_BALANCE);
            PrintedRow opening = table.row(Line.FISCAL_OPENING.get(k));
            PrintedRow income = table.row(Line.FISCAL_INCOME.get(k));
            PrintedRow spending = table.row(Line.EXPENDITURE_TOTAL);
            if (closing != null && opening != null && income != null && spending != null) {
                relations.check(BALANCE, "年末结转和结余 = 年初结转和结余 + 本年收入 − 本年支出（" + kinds.get(k).measure().label() + "）",
                        new Ref(table, closing, kinds.get(k)), List.of(Term.plus(new Ref(table, opening, amount)),
                                Term.plus(new Ref(table, income, amount)), Term.minus(new Ref(table, spending, kinds.get(k)))));
            }
        }
    }

    /** “三公”经费: 合计 = 出国 + 公务用车 + 接待; 公务用车 = 购置 + 运行维护; in every column. */
    private void threePublic(PrintedTable table) {
        for (ColumnKey column : table.columns().keySet()) {
            if (column.period() == Period.CHANGE_RATE) {
                continue;
            }
            boolean vehicles = table.row(Line.VEHICLES) != null;
            lines(ROW, "“三公”经费合计 = 因公出国（境）费 + 公务用车购置及运行维护费 + 公务接待费", table, Line.THREE_TOTAL,
                    vehicles ? List.of(Line.OVERSEAS, Line.VEHICLES, Line.RECEPTION)
                            : List.of(Line.OVERSEAS, Line.VEHICLE_PURCHASE, Line.VEHICLE_OPERATION, Line.RECEPTION), column);
            lines(ROW, "公务用车购置及运行维护费 = 公务用车购置费 + 公务用车运行维护费", table, Line.VEHICLES,
                    List.of(Line.VEHICLE_PURCHASE, Line.VEHICLE_OPERATION), column);
        }
    }

    /** 增减额 = 本年 − 上年, 增减率 = 增减额 ÷ 上年, wherever a table prints them. */
    private void priorYear(PrintedTable table) {
        for (PrintedRow row : table.rows()) {
            for (Measure measure : Measure.values()) {
                ColumnKey current = ColumnKey.of(measure);
                ColumnKey prior = current.withPeriod(Period.PRIOR);
                ColumnKey change = current.withPeriod(Period.CHANGE);
                if (!table.hasColumn(current) || !table.hasColumn(prior)) {
                    continue;
                }
                if (table.hasColumn(change)) {
                    relations.check(PRIOR, "增减额 = 本年数 − 上年数", new Ref(table, row, change),
                            List.of(Term.plus(new Ref(table, row, current)), Term.minus(new Ref(table, row, prior))));
                }
                rate(table, row, current, prior, current.withPeriod(Period.CHANGE_RATE));
            }
        }
    }

    private void rate(PrintedTable table, PrintedRow row, ColumnKey current, ColumnKey prior, ColumnKey rateColumn) {
        Figure rate = row.figure(rateColumn);
        Figure now = row.figure(current);
        Figure before = row.figure(prior);
        if (!table.hasColumn(rateColumn) || rate == null || now == null || before == null || before.value().signum() == 0) {
            return;
        }
        BigDecimal recomputed = now.value().subtract(before.value()).multiply(BigDecimal.valueOf(100))
                .divide(before.value().abs(), 12, RoundingMode.HALF_UP);
        Severity severity = Tolerance.severityOf(rate.value(), recomputed);
        // a rate printed without its sign (下降 shown as 3.8 under a 增减率 heading) is a convention, not an error
        if (severity != null && Tolerance.severityOf(rate.value(), recomputed.abs()) == null) {
            return;
        }
        if (severity == null) {
            return;
        }
        String expected = Amounts.format(recomputed.setScale(Math.max(rate.value().scale(), 2), RoundingMode.HALF_UP), Math.max(rate.value().scale(), 0));
        String label = row.label() + " · " + table.columnLabel(rateColumn);
        String rule = "增减率 = (本年数 − 上年数) ÷ 上年数";
        relations.finding(new Finding(PRIOR, severity, new Location(disclosure.document(), table.name(), label, rate.where()), rate.printed(),
                expected + "%", rule, label + " 印为 " + rate.printed() + "，按“" + rule + "”应为 " + expected + "%"
                        + (severity == Severity.INFO ? "，属四舍五入的尾差" : ""),
                Relations.quotation(new Ref(table, row, rateColumn))));
    }

    // -------------------------------------------------------------------------------------------- between two tables

    private void between() {
        PrintedTable summary = disclosure.table(TableRole.SUMMARY);
        PrintedTable income = disclosure.table(TableRole.INCOME);
        PrintedTable expenditure = disclosure.table(TableRole.EXPENDITURE);
        PrintedTable fiscal = disclosure.table(TableRole.FISCAL_SUMMARY);
        PrintedTable general = disclosure.table(TableRole.GENERAL_PUBLIC);
        PrintedTable basic = disclosure.table(TableRole.BASIC);
        PrintedTable fund = disclosure.table(TableRole.GOVERNMENT_FUND);
        PrintedTable capital = disclosure.table(TableRole.STATE_CAPITAL);
        ColumnKey amount = ColumnKey.of(Measure.AMOUNT);
        ColumnKey total = ColumnKey.of(Measure.TOTAL);

        if (pair(TableRole.SUMMARY, TableRole.INCOME, "本年收入合计及各项收入")) {
            relations.same(CROSS, rule(summary, "本年收入合计", income, "合计 本年收入合计"), new Ref(summary, summary.row(Line.INCOME_TOTAL), amount),
                    new Ref(income, income.row(Line.TOTAL), total));
            PrintedRow incomeTotal = income.row(Line.TOTAL);
            for (Line source : Line.INCOME_SOURCES) {
                Measure measure = incomeMeasure(source);
                relations.same(CROSS, rule(summary, source.label(), income, "合计 " + measure.label()), new Ref(summary, summary.row(source), amount),
                        new Ref(income, incomeTotal, ColumnKey.of(measure)));
            }
            if (summary.row(Line.INCOME_FISCAL) != null) {
                relations.same(CROSS, rule(summary, "财政拨款收入", income, "合计 财政拨款收入"), new Ref(summary, summary.row(Line.INCOME_FISCAL), amount),
                        new Ref(income, incomeTotal, ColumnKey.of(Measure.FISCAL)));
            } else if (income.hasColumn(ColumnKey.of(Measure.FISCAL))) {
                relations.check(CROSS, rule(income, "合计 财政拨款收入", summary, "三类财政拨款收入之和"),
                        new Ref(income, incomeTotal, ColumnKey.of(Measure.FISCAL)),
                        Line.FISCAL_INCOME.stream().map(l -> Term.plus(new Ref(summary, summary.row(l), amount))).toList());
            }
        }
        if (pair(TableRole.SUMMARY, TableRole.EXPENDITURE, "本年支出合计及各类支出")) {
            relations.same(CROSS, rule(summary, "本年支出合计", expenditure, "合计 本年支出合计"),
                    new Ref(summary, summary.row(Line.EXPENDITURE_TOTAL), amount), new Ref(expenditure, expenditure.row(Line.TOTAL), total));
            for (PrintedRow row : summary.rows()) {
                if (row.side() == PrintedRow.Side.EXPENDITURE && row.key() instanceof RowKey.Code) {
                    relations.same(CROSS, rule(summary, "支出 " + row.label(), expenditure, "同一类 合计"), new Ref(summary, row, amount),
                            new Ref(expenditure, expenditure.row(row.key()), total));
                }
            }
        }
        if (pair(TableRole.FISCAL_SUMMARY, TableRole.SUMMARY, "三类财政拨款收入")) {
            for (Line kind : Line.FISCAL_INCOME) {
                if (summary.row(kind) != null) {
                    relations.same(CROSS, rule(fiscal, kind.label(), summary, kind.label()), new Ref(fiscal, fiscal.row(kind), amount),
                            new Ref(summary, summary.row(kind), amount));
                }
            }
            if (summary.row(Line.INCOME_FISCAL) != null) {
                relations.same(CROSS, rule(fiscal, "本年收入合计", summary, "财政拨款收入"), new Ref(fiscal, fiscal.row(Line.INCOME_TOTAL), amount),
                        new Ref(summary, summary.row(Line.INCOME_FISCAL), amount));
            }
        }
        if (pair(TableRole.FISCAL_SUMMARY, TableRole.GENERAL_PUBLIC, "一般公共预算财政拨款支出")) {
            ColumnKey kind = ColumnKey.of(Measure.GENERAL_PUBLIC);
            relations.same(CROSS, rule(fiscal, "本年支出合计 一般公共预算财政拨款", general, "合计"),
                    new Ref(fiscal, fiscal.row(Line.EXPENDITURE_TOTAL), kind), new Ref(general, general.row(Line.TOTAL), total));
            for (PrintedRow row : fiscal.rows()) {
                if (row.side() == PrintedRow.Side.EXPENDITURE && row.key() instanceof RowKey.Code) {
                    relations.same(CROSS, rule(fiscal, row.label() + " 一般公共预算财政拨款", general, "同一类 合计"), new Ref(fiscal, row, kind),
                            new Ref(general, general.row(row.key()), total));
                }
            }
        }
        if (pair(TableRole.GENERAL_PUBLIC, TableRole.BASIC, "基本支出")) {
            Ref basicTotal = new Ref(general, general.row(Line.TOTAL), ColumnKey.of(Measure.BASIC));
            PrintedRow detailTotal = basic.row(Line.TOTAL);
            if (detailTotal != null && detailTotal.figure(Measure.TOTAL) != null) {
                relations.same(CROSS, rule(general, "合计 基本支出", basic, "合计"), basicTotal, new Ref(basic, detailTotal, total));
            } else {
                relations.check(CROSS, rule(general, "合计 基本支出", basic, "人员经费合计 + 公用经费合计"), basicTotal,
                        List.of(Term.plus(new Ref(basic, detailTotal, ColumnKey.of(Measure.PERSONNEL))),
                                Term.plus(new Ref(basic, detailTotal, ColumnKey.of(Measure.PUBLIC_FUNDS)))));
            }
        }
        if (pair(TableRole.FISCAL_SUMMARY, TableRole.GOVERNMENT_FUND, "政府性基金预算财政拨款")) {
            ColumnKey kind = ColumnKey.of(Measure.GOVERNMENT_FUND);
            ColumnKey spent = fund.hasColumn(ColumnKey.of(Measure.EXPENDITURE)) ? ColumnKey.of(Measure.EXPENDITURE) : total;
            relations.same(CROSS, rule(fiscal, "本年支出合计 政府性基金预算财政拨款", fund, "合计 本年支出"),
                    new Ref(fiscal, fiscal.row(Line.EXPENDITURE_TOTAL), kind), new Ref(fund, fund.row(Line.TOTAL), spent));
            relations.same(CROSS, rule(fiscal, "政府性基金预算财政拨款收入", fund, "合计 本年收入"),
                    new Ref(fiscal, fiscal.row(Line.INCOME_GOVERNMENT_FUND), amount), new Ref(fund, fund.row(Line.TOTAL), ColumnKey.of(Measure.INCOME)));
        }
        if (pair(TableRole.FISCAL_SUMMARY, TableRole.STATE_CAPITAL, "国有资本经营预算财政拨款支出")) {
            relations.same(CROSS, rule(fiscal, "本年支出合计 国有资本经营预算财政拨款", capital, "合计"),
                    new Ref(fiscal, fiscal.row(Line.EXPENDITURE_TOTAL), ColumnKey.of(Measure.STATE_CAPITAL)),
                    new Ref(capital, capital.row(Line.TOTAL), total));
        }
    }

    private static Measure incomeMeasure(Line source) {
        return switch (source) {
            case INCOME_GENERAL_PUBLIC -> Measure.GENERAL_PUBLIC;
            case INCOME_GOVERNMENT_FUND -> Measure.GOVERNMENT_FUND;
            case INCOME_STATE_CAPITAL -> Measure.STATE_CAPITAL;
            case INCOME_SPECIAL_ACCOUNT -> Measure.SPECIAL_ACCOUNT;
            case INCOME_SUPERIOR -> Measure.SUPERIOR;
            case INCOME_BUSINESS -> Measure.BUSINESS;
            case INCOME_OPERATING -> Measure.OPERATING_INCOME;
            case INCOME_AFFILIATED -> Measure.AFFILIATED_INCOME;
            case INCOME_OTHER -> Measure.OTHER_INCOME;
            default -> throw new IllegalArgumentException(source.name());
        };
    }

    /**
     * True when both tables are published and not marked empty. When only one is, the relation is listed as not
     * checked, naming the table it needs.
     */
    private boolean pair(TableRole a, TableRole b, String what) {
        PrintedTable first = disclosure.table(a);
        PrintedTable second = disclosure.table(b);
        if (first != null && second != null) {
            return !first.empty() && !second.empty();
        }
        PrintedTable present = first != null ? first : second;
        TableRole missing = first != null ? b : a;
        if (present != null && !present.empty()) {
            Statement statement = disclosure.statement();
            relations.unchecked("missing|" + a + "|" + b, present.where(), present.name(),
                    "本文件未公开" + missing.title(statement) + "，" + present.role().title(statement) + "与它的" + what + "是否一致未核对");
        }
        return false;
    }

    private String rule(PrintedTable a, String itemA, PrintedTable b, String itemB) {
        Statement statement = disclosure.statement();
        return a.role().title(statement) + " " + itemA + " = " + b.role().title(statement) + " " + itemB;
    }

    /** Findings produced here, for tests of a single table. */
    static List<Finding> of(PublishedDisclosure disclosure) {
        Relations relations = new Relations(disclosure.document());
        check(disclosure, relations);
        return relations.findings();
    }
}
