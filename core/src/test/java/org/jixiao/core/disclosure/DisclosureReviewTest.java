package org.jixiao.core.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.jixiao.core.disclosure.Printed.disclosure;
import static org.jixiao.core.disclosure.Printed.table;

import java.util.List;

import org.jixiao.core.review.Finding;
import org.jixiao.core.review.ReviewResult;
import org.jixiao.core.review.Severity;
import org.junit.jupiter.api.Test;

/** Partial disclosures: any subset of tables, blanks that are not zeros, prior-year figures per row. */
class DisclosureReviewTest {
    private static final Statement FINAL = Statement.FINAL_ACCOUNTS;

    /** 表1 alone, as a 单位决算 publishes it: its own balances are checked, nothing is computed on the absent tables. */
    private static PrintedTable summary(String incomeGrandTotal, String expenditureGrandTotal) {
        return table(FINAL, TableRole.SUMMARY, Unit.WAN_YUAN, 1, Measure.AMOUNT)
                .income(Line.INCOME_GENERAL_PUBLIC, "一、一般公共预算财政拨款收入", "3,905.12")
                .income(Line.INCOME_GOVERNMENT_FUND, "二、政府性基金预算财政拨款收入", "")
                .income(Line.INCOME_BUSINESS, "五、事业收入", "180.37")
                .income(Line.INCOME_OTHER, "八、其他收入", "")
                .income(Line.INCOME_TOTAL, "本年收入合计", "4,085.49")
                .income(Line.USE_OF_NON_FISCAL_BALANCE, "使用非财政拨款结余", "")
                .income(Line.OPENING_BALANCE, "年初结转和结余", "40.00")
                .income(Line.INCOME_GRAND_TOTAL, "总计", incomeGrandTotal)
                .spending("201", "一、一般公共服务支出", "3,602.80")
                .spending("208", "八、社会保障和就业支出", "301.44")
                .spending("221", "二十一、住房保障支出", "181.25")
                .spending(Line.EXPENDITURE_TOTAL, "本年支出合计", "4,085.49")
                .spending(Line.SURPLUS_DISTRIBUTION, "结余分配", "")
                .spending(Line.CLOSING_BALANCE, "年末结转和结余", "58.42")
                .spending(Line.EXPENDITURE_GRAND_TOTAL, "总计", expenditureGrandTotal)
                .build();
    }

    @Test
    void aSummaryTableAloneIsCheckedOnItsOwnAndTheRestIsListedAsNotChecked() {
        ReviewResult result = DisclosureReview.review(disclosure(FINAL, summary("4,125.49", "4,143.91")));
        assertThat(result.findings()).extracting(Finding::code, Finding::severity, Finding::printed, Finding::expected)
                .containsExactly(tuple("TABLE_BALANCE", Severity.ERROR, "4,125.49", "4,143.91"));
        Finding balance = result.findings().get(0);
        assertThat(balance.rule()).isEqualTo("收入总计 = 支出总计");
        assertThat(balance.location().where().page()).isEqualTo(1);
        assertThat(balance.location().where().row()).isEqualTo(9);
        assertThat(balance.location().item()).isEqualTo("总计 · 金额");
        // no relation to another table was computed: each is listed as not checked, naming the table it needs
        assertThat(result.unread()).extracting(u -> u.reason())
                .containsExactlyInAnyOrder("本文件未公开收入决算表，收入支出决算总表与它的本年收入合计及各项收入是否一致未核对",
                        "本文件未公开支出决算表，收入支出决算总表与它的本年支出合计及各类支出是否一致未核对",
                        "本文件未公开财政拨款收入支出决算总表，收入支出决算总表与它的三类财政拨款收入是否一致未核对");
    }

    @Test
    void aBalancedSummaryGivesNoFinding() {
        ReviewResult balanced = DisclosureReview.review(disclosure(FINAL, table(FINAL, TableRole.SUMMARY, Unit.WAN_YUAN, 1, Measure.AMOUNT)
                .income(Line.INCOME_GENERAL_PUBLIC, "一、一般公共预算财政拨款收入", "100.00")
                .income(Line.INCOME_TOTAL, "本年收入合计", "100.00")
                .income(Line.OPENING_BALANCE, "年初结转和结余", "")
                .income(Line.INCOME_GRAND_TOTAL, "总计", "100.00")
                .spending("201", "一、一般公共服务支出", "100.00")
                .spending(Line.EXPENDITURE_TOTAL, "本年支出合计", "100.00")
                .spending(Line.CLOSING_BALANCE, "年末结转和结余", "")
                .spending(Line.EXPENDITURE_GRAND_TOTAL, "总计", "100.00")
                .build()));
        assertThat(balanced.findings()).isEmpty();
    }

    /** The “三公” table alone: its 合计 is checked; there is no other table to relate it to, so nothing is listed. */
    @Test
    void aThreePublicTableAloneIsCheckedWithoutAnyOtherTable() {
        PrintedTable three = table(FINAL, TableRole.THREE_PUBLIC, Unit.WAN_YUAN, 1, Measure.BUDGET, Measure.ACTUAL)
                .row(Line.THREE_TOTAL, "合计", "12.00", "9.30")
                .row(Line.OVERSEAS, "因公出国（境）费", "", "")
                .row(Line.VEHICLES, "公务用车购置及运行维护费", "8.00", "6.10")
                .row(Line.VEHICLE_PURCHASE, "其中：公务用车购置费", "", "")
                .row(Line.VEHICLE_OPERATION, "公务用车运行维护费", "8.00", "6.10")
                .row(Line.RECEPTION, "公务接待费", "4.00", "2.70")
                .build();
        ReviewResult result = DisclosureReview.review(disclosure(FINAL, three));
        assertThat(result.findings()).extracting(Finding::severity, Finding::printed, Finding::expected)
                .containsExactly(tuple(Severity.ERROR, "9.30", "8.80"));
        assertThat(result.findings().get(0).location().item()).isEqualTo("合计 · 决算数");
        assertThat(result.unread()).isEmpty();
    }

    @Test
    void aBlankIsZeroOnlyInATableThatPrintsItsZerosAsBlanks() {
        // no 0 anywhere: the blank 项目支出 of 行政运行 is this table's zero, and a wrong 合计 is an error
        PrintedTable blanksAreZeros = table(FINAL, TableRole.EXPENDITURE, Unit.WAN_YUAN, 3, Measure.TOTAL, Measure.BASIC, Measure.PROJECT)
                .row(Line.TOTAL, "合计", "789.00", "779.00", "")
                .row("2060101", "2060101 行政运行", "789.00", "779.00", "")
                .build();
        assertThat(TableIdentities.of(disclosure(FINAL, blanksAreZeros))).extracting(Finding::severity, Finding::code)
                .containsOnly(tuple(Severity.ERROR, "TABLE_ROW"));
        // zeros printed as 0.00: a blank is "not given", so the same gap is a note that names the blank cell
        PrintedTable zerosPrinted = table(FINAL, TableRole.EXPENDITURE, Unit.WAN_YUAN, 3, Measure.TOTAL, Measure.BASIC, Measure.PROJECT)
                .row(Line.TOTAL, "合计", "789.00", "779.00", "0.00")
                .row("2060101", "2060101 行政运行", "789.00", "779.00", "")
                .build();
        List<Finding> findings = TableIdentities.of(disclosure(FINAL, zerosPrinted));
        assertThat(findings).filteredOn(f -> f.location().item().startsWith("2060101")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.message()).contains("2060101 行政运行 · 项目支出未填列");
        });
    }

    @Test
    void aRowWhosePartsAreAllBlankIsNotCheckedButListed() {
        PrintedTable table = table(FINAL, TableRole.GENERAL_PUBLIC, Unit.WAN_YUAN, 5, Measure.TOTAL, Measure.BASIC, Measure.PROJECT)
                .row("2060101", "2060101 行政运行", "779.00", "", "")
                .build();
        ReviewResult result = DisclosureReview.review(disclosure(FINAL, table));
        assertThat(result.findings()).isEmpty();
        assertThat(result.unread()).filteredOn(u -> u.reason().contains("各组成部分均未填列")).singleElement()
                .satisfies(u -> assertThat(u.quote().text()).isEqualTo("2060101 行政运行 · 合计 779.00"));
    }

    @Test
    void hierarchyAndTotalsWithRoundingNotesAndARealError() {
        PrintedTable table = table(FINAL, TableRole.GENERAL_PUBLIC, Unit.WAN_YUAN, 5, Measure.TOTAL, Measure.BASIC, Measure.PROJECT)
                .row(Line.TOTAL, "合计", "1,484.21", "861.50", "622.70")
                .row("206", "206 科学技术支出", "1,401.70", "779.00", "622.70")
                .row("20601", "20601 科学技术管理事务", "1,401.70", "779.00", "622.70")
                .row("2060101", "2060101 行政运行", "779.00", "779.00", "0.00")
                .row("2060102", "2060102 一般行政管理事务", "622.70", "0.00", "622.70")
                .row("208", "208 社会保障和就业支出", "82.50", "82.50", "0.00")
                .row("20805", "20805 行政事业单位养老支出", "82.50", "82.50", "0.00")
                .row("2080505", "2080505 机关事业单位基本养老保险缴费支出", "80.11", "80.11", "0.00")
                .row("2080506", "2080506 机关事业单位职业年金缴费支出", "3.39", "3.39", "0.00")
                .build();
        List<Finding> findings = TableIdentities.of(disclosure(FINAL, table));
        // 20805 = 80.11 + 3.39 = 83.50, printed 82.50 (in 合计 and in 基本支出); the 合计 row is 0.01 above Σ类 and its parts: 尾差
        assertThat(findings).extracting(f -> f.code() + " " + f.severity() + " " + f.location().item() + " " + f.printed() + "→" + f.expected())
                .containsExactlyInAnyOrder(
                        "TABLE_HIERARCHY ERROR 20805 行政事业单位养老支出 · 合计 82.50→83.50",
                        "TABLE_HIERARCHY ERROR 20805 行政事业单位养老支出 · 基本支出 82.50→83.50",
                        "TABLE_TOTAL INFO 合计 · 合计 1,484.21→1,484.20",
                        "TABLE_ROW INFO 合计 · 合计 1,484.21→1,484.20");
    }

    @Test
    void theSameFigureInTwoTablesAndATableTheDocumentDoesNotPublish() {
        PrintedTable fiscal = table(FINAL, TableRole.FISCAL_SUMMARY, Unit.WAN_YUAN, 4, Measure.AMOUNT, Measure.TOTAL, Measure.GENERAL_PUBLIC,
                Measure.GOVERNMENT_FUND, Measure.STATE_CAPITAL)
                .income(Line.INCOME_GENERAL_PUBLIC, "一、一般公共预算财政拨款", "1,614.63")
                .income(Line.INCOME_TOTAL, "本年收入合计", "1,614.63")
                .income(Line.INCOME_GRAND_TOTAL, "总计", "1,614.63")
                .spending("201", "一般公共服务支出", "", "1,614.63", "1,614.63", "", "")
                .spending(Line.EXPENDITURE_TOTAL, "本年支出合计", "", "1,614.63", "1,614.63", "", "")
                .spending(Line.EXPENDITURE_GRAND_TOTAL, "总计", "", "1,614.63", "1,614.63", "", "")
                .build();
        PrintedTable general = table(FINAL, TableRole.GENERAL_PUBLIC, Unit.YUAN, 5, Measure.TOTAL, Measure.BASIC, Measure.PROJECT)
                .row(Line.TOTAL, "合计", "18,709,100.00", "8,709,100.00", "10,000,000.00")
                .row("201", "201 一般公共服务支出", "18,709,100.00", "8,709,100.00", "10,000,000.00")
                .build();
        ReviewResult result = DisclosureReview.review(disclosure(FINAL, fiscal, general));
        // 表5 is printed in 元, 表4 in 万元: compared in one unit, the difference named in 表4's unit
        assertThat(result.findings()).extracting(Finding::code, Finding::printed, Finding::expected)
                .containsExactlyInAnyOrder(tuple("CROSS_TABLE", "1,614.63", "1,870.91"), tuple("CROSS_TABLE", "1,614.63", "1,870.91"));
        assertThat(result.findings()).allMatch(Finding::isError);
        assertThat(result.unread()).extracting(u -> u.reason()).contains(
                "本文件未公开一般公共预算财政拨款基本支出决算明细表，一般公共预算财政拨款支出决算表与它的基本支出是否一致未核对",
                "本文件未公开收入支出决算总表，财政拨款收入支出决算总表与它的三类财政拨款收入是否一致未核对");
    }

    /** A budget's 一般公共预算支出表 prints last year's budget per row and the change: a fall is no error. */
    @Test
    void priorYearFiguresPerRowAndChangesThatFall() {
        ColumnKey prior = new ColumnKey(Measure.TOTAL, Period.PRIOR);
        ColumnKey change = new ColumnKey(Measure.TOTAL, Period.CHANGE);
        ColumnKey rate = new ColumnKey(Measure.TOTAL, Period.CHANGE_RATE);
        PrintedTable table = table(Statement.BUDGET, TableRole.GENERAL_PUBLIC, Unit.YUAN, 5, prior, Measure.TOTAL, Measure.BASIC, Measure.PROJECT,
                change, rate)
                .row(Line.TOTAL, "合计", "8,000,000.00", "7,500,000.00", "4,000,000.00", "3,500,000.00", "-500,000.00", "6.25")
                .row("201", "201 一般公共服务支出", "5,000,000.00", "4,500,000.00", "3,000,000.00", "1,500,000.00", "-500,000.00", "-12.00")
                .row("205", "205 教育支出", "3,000,000.00", "3,000,000.00", "1,000,000.00", "2,000,000.00", "0.00", "0.00")
                .build();
        List<Finding> findings = TableIdentities.of(disclosure(Statement.BUDGET, table));
        // the 合计's rate printed without its sign (6.25 for a fall of 6.25%) is a convention; −12.00 for −10.00 is an error
        assertThat(findings).extracting(Finding::code, Finding::severity, Finding::printed, Finding::expected)
                .containsExactly(tuple("PRIOR_YEAR", Severity.ERROR, "-12.00", "-10.00%"));
    }

    /** One misprinted 款 breaks three relations (its 类's sum, its own 项 sum, its row); it is reported once, at its own cell. */
    @Test
    void aMisprintIsReportedOnceWhereItIs() {
        PrintedTable table = table(FINAL, TableRole.EXPENDITURE, Unit.WAN_YUAN, 3, Measure.TOTAL, Measure.BASIC, Measure.PROJECT)
                .row(Line.TOTAL, "合计", "1,401.70", "779.00", "622.70")
                .row("206", "206 科学技术支出", "1,401.70", "779.00", "622.70")
                .row("20601", "20601 科学技术管理事务", "1,410.70", "779.00", "622.70")
                .row("2060101", "2060101 行政运行", "779.00", "779.00", "0.00")
                .row("2060102", "2060102 一般行政管理事务", "622.70", "0.00", "622.70")
                .build();
        List<Finding> findings = DisclosureReview.review(disclosure(FINAL, table)).findings();
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.location().item()).isEqualTo("20601 科学技术管理事务 · 合计");
            assertThat(f.location().where().row()).isEqualTo(4);
            assertThat(f.printed()).isEqualTo("1,410.70");
            assertThat(f.expected()).isEqualTo("1,401.70");
            assertThat(f.rule()).contains("类 = 所属各款之和").contains("款 = 所属各项之和").contains("合计 = 基本支出 + 项目支出");
        });
    }
}
