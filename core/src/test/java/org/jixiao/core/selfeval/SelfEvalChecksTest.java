package org.jixiao.core.selfeval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.core.selfeval.SelfEvalScorerTest.d;
import static org.jixiao.core.selfeval.SelfEvalScorerTest.partyBuildingRows;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.jixiao.core.grade.GradeBand;
import org.jixiao.core.grade.GradeScheme;
import org.jixiao.core.review.Finding;
import org.jixiao.core.review.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The checks issue 16 adds, each on the Zibo table 5 (90.19) with one thing changed, and printed precision. */
class SelfEvalChecksTest {
    static final FundRow ALL = new FundRow("年度资金总额", d("61.88"), d("61.88"), d("1.2"), null, null);

    static SelfEvalTable table(FundRow total, List<FundRow> parts, List<IndicatorRow> rows, String execScore, String printedTotal,
            SelfEvalTable.Details details) {
        return new SelfEvalTable("非公有制企业党委党建工作经费", "", "", new BudgetBlock(total, parts, BigDecimal.TEN, ExecutionRule.CAPPED,
                d("1.94"), execScore == null ? null : d(execScore)), "", "", rows, printedTotal == null ? null : d(printedTotal), "",
                Source.NONE, details);
    }

    static SelfEvalTable clean() {
        return table(ALL, List.of(ALL.withLabel("其中：当年财政拨款")), partyBuildingRows(), "0.19", "90.19", SelfEvalTable.Details.NONE);
    }

    static List<Finding> review(SelfEvalTable table) {
        return SelfEvalReview.standard().review(SelfEvalScorer.standard().score(table));
    }

    static List<String> errors(SelfEvalTable table) {
        return review(table).stream().filter(f -> f.severity() == Severity.ERROR).map(f -> f.code() + " " + f.printed() + " " + f.expected()).toList();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "7.41|7.413|EQUAL", "9|8.62|PRECISION", "8|8.62|PRECISION", "9|9.8|PRECISION", "10|8.62|MISMATCH", "7.40|7.413|ROUNDING",
            "74.1|74.14|PRECISION", "10|9.996|EQUAL", "97.41|97.41|EQUAL", "98.41|97.41|MISMATCH", "90|90.19|PRECISION", "7.42|7.413|ROUNDING"})
    void printedPrecisionIsRespected(String printed, String exact, Agreement.Kind kind) {
        assertThat(Agreement.of(d(printed), d(exact))).isEqualTo(kind);
    }

    @Test
    void theCleanTableHasNoError() {
        assertThat(errors(clean())).isEmpty();
    }

    @Test
    void aTotalPrintedAsAnIntegerIsANote() {
        List<Finding> findings = review(table(ALL, List.of(ALL), partyBuildingRows(), "0.19", "90", SelfEvalTable.Details.NONE));
        assertThat(findings).filteredOn(f -> f.code().equals("SE_TOTAL")).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.INFO));
    }

    @Test
    void fundTotalAgainstItsParts() {
        // 池州: 年度资金总额 printed 0 over 其中 rows of 90 / 89.974
        FundRow zero = new FundRow("年度资金总额", d("0"), d("0"), d("0"), null, null);
        FundRow fiscal = new FundRow("其中：本年财政拨款", d("90"), d("89.974"), d("89.974"), null, null);
        List<String> errors = errors(table(zero, List.of(fiscal), partyBuildingRows(), "0", "90", SelfEvalTable.Details.NONE));
        assertThat(errors).containsExactly("SE_FUND_SUM 0 90", "SE_FUND_SUM 0 89.97", "SE_FUND_SUM 0 89.97");
        // a placeholder in a part is not 0 but not given: the other parts still add up
        FundRow carry = new FundRow("上年结转资金", null, null, null, null, null);
        assertThat(errors(table(ALL, List.of(ALL.withLabel("其中"), carry), partyBuildingRows(), "0.19", "90.19",
                SelfEvalTable.Details.NONE))).isEmpty();
    }

    @Test
    void blankScoreTotalAndExecuted() {
        List<IndicatorRow> rows = new ArrayList<>(partyBuildingRows());
        rows.set(3, rows.get(3).withRecordedScore(null));
        assertThat(errors(table(ALL, List.of(), rows, "0.19", "90.19", SelfEvalTable.Details.NONE))).containsExactly("SE_BLANK_SCORE null 10");
        assertThat(errors(table(ALL, List.of(), partyBuildingRows(), "0.19", null, SelfEvalTable.Details.NONE)))
                .containsExactly("SE_BLANK_TOTAL null 90.19");
        FundRow noB = new FundRow("年度资金总额", d("61.88"), d("61.88"), null, null, null);
        assertThat(errors(table(noB, List.of(), partyBuildingRows(), "0.19", "90.19", SelfEvalTable.Details.NONE)))
                .containsExactly("SE_BLANK_EXECUTED null null");
        // a cell that held something unreadable is not blank
        assertThat(errors(table(noB, List.of(), partyBuildingRows(), "0.19", "90.19", new SelfEvalTable.Details("", List.of(), null, null,
                null, null, List.of("“约1.2”不是数值"), false, Set.of(Field.EXECUTED))))).isEmpty();
    }

    @Test
    void sectionWeightsAndSubtotals() {
        // 成本 20 (rows 0–1), 产出 30 (rows 2–4), 效益 25 (5–6), 满意度 15 (7)
        List<Section> sections = List.of(new Section("成本指标", d("20"), d("20"), 0, 2, ""), new Section("产出指标", d("30"), d("30"), 2, 5, ""),
                new Section("效益指标", d("20"), d("25"), 5, 7, ""), new Section("满意度指标", d("15"), d("14"), 7, 8, ""));
        SelfEvalTable.Details details = new SelfEvalTable.Details("", sections, null, null, null, null, List.of(), false);
        assertThat(errors(table(ALL, List.of(), partyBuildingRows(), "0.19", "90.19", details)))
                .containsExactly("SE_SECTION_WEIGHT 20 25", "SE_SECTION_SCORE 14 15.00");
    }

    @Test
    void aTotalAboveWhatTheWeightsAllow() {
        List<IndicatorRow> rows = new ArrayList<>(partyBuildingRows());
        rows.set(7, new IndicatorRow(rows.get(7).level1(), rows.get(7).level2(), rows.get(7).target(), rows.get(7).targetText(),
                rows.get(7).actualText(), "%", d("9"), d("9"), ""));
        // weights 10 + 84 = 94; the printed 98 is above any score the table allows
        assertThat(errors(table(ALL, List.of(), rows, "0.19", "98", SelfEvalTable.Details.NONE)))
                .containsExactly("SE_WEIGHTS 94 100", "SE_TOTAL_ABOVE_MAX 98 94");
    }

    @Test
    void gradeByTheTablesOwnBands() {
        GradeScheme bands = GradeScheme.of(List.of(new GradeBand("优秀", d("95")), new GradeBand("良好", d("85")), new GradeBand("合格", d("60")),
                new GradeBand("不合格", BigDecimal.ZERO)));
        SelfEvalTable.Details graded = new SelfEvalTable.Details("", List.of(), "优秀", bands, null, null, List.of(), false);
        assertThat(errors(table(ALL, List.of(), partyBuildingRows(), "0.19", "90.19", graded))).containsExactly("SE_GRADE 优秀 良好");
        SelfEvalTable.Details standard = new SelfEvalTable.Details("", List.of(), "优秀", null, null, null, List.of(), false);
        assertThat(errors(table(ALL, List.of(), partyBuildingRows(), "0.19", "90.19", standard))).isEmpty();
    }

    @Test
    void executionRuleOfTheFramework() {
        FundRow all = new FundRow("总额", d("100"), d("100"), d("85"), null, null);
        SelfEvalTable twenty = new SelfEvalTable("p", "", "", new BudgetBlock(all, List.of(), d("20"), ExecutionRule.CAPPED, d("85"), d("17")),
                "", "", List.of(), null, "", Source.NONE);
        assertThat(SelfEvalScorer.standard().score(twenty).executionPoints()).isEqualByComparingTo("17.00");
        SelfEvalTable none = new SelfEvalTable("p", "", "", new BudgetBlock(all, List.of(), null, ExecutionRule.NONE, d("85"), null),
                "", "", List.of(), null, "", Source.NONE);
        assertThat(SelfEvalScorer.standard().score(none).executionPoints()).isEqualByComparingTo("0");
        assertThat(none.budget().weight()).isEqualByComparingTo("0");
    }
}
