package org.jixiao.core.selfeval;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.jixiao.core.review.Finding;
import org.jixiao.core.targets.Operator;
import org.jixiao.core.targets.QualitativeResult;
import org.jixiao.core.targets.Target;
import org.junit.jupiter.api.Test;

/** Scoring and review of one table, built in code: the Zibo 2024 table 5 (非公有制企业党委党建工作经费, 90.19 分). */
class SelfEvalScorerTest {
    public static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    static IndicatorRow q(String l1, String l2, String name, Operator op, String value, String unit, String actual, String weight, String score) {
        return new IndicatorRow(l1, l2, Target.quantitative(name, name, op, d(value), unit, d(actual)), op.symbol() + value + unit,
                actual + unit, unit, d(weight), score == null ? null : d(score), "");
    }

    static IndicatorRow ql(String l1, String l2, String name, String target, QualitativeResult verdict, String weight, String score) {
        return new IndicatorRow(l1, l2, Target.qualitative(name, name, target, verdict), target, verdict.label(), "", d(weight),
                score == null ? null : d(score), "");
    }

    static SelfEvalTable partyBuilding(List<IndicatorRow> rows, String total) {
        FundRow all = new FundRow(d("61.88"), d("61.88"), d("1.2"));
        return new SelfEvalTable("非公有制企业党委党建工作经费", "主管部门", "实施单位",
                new BudgetBlock(all, all, FundRow.ZERO, FundRow.ZERO, BigDecimal.TEN, d("1.94"), d("0.19")), "", "", rows,
                total == null ? null : d(total), "", Source.NONE);
    }

    public static List<IndicatorRow> partyBuildingRows() {
        List<IndicatorRow> rows = new ArrayList<>();
        rows.add(q("成本指标", "经济成本指标", "工作补贴", Operator.AT_MOST, "353.18", "万元", "0", "10", "10"));
        rows.add(q("成本指标", "经济成本指标", "工作经费", Operator.AT_MOST, "8.82", "万元", "1.2", "10", "10"));
        rows.add(q("产出指标", "数量指标", "发放企业数量", Operator.AT_LEAST, "70", "家", "74", "10", "10"));
        rows.add(q("产出指标", "质量指标", "培训人员合格率", Operator.AT_LEAST, "95", "%", "100", "10", "10"));
        rows.add(q("产出指标", "时效指标", "走访活动按计划完成率", Operator.AT_LEAST, "99", "%", "100", "10", "10"));
        rows.add(ql("效益指标", "社会效益指标", "保障党组织工作正常开展", "有效", QualitativeResult.DONE, "10", "10"));
        rows.add(ql("效益指标", "可持续发展影响指标", "促进党组织建设水平提升", "促进", QualitativeResult.DONE, "15", "15"));
        rows.add(q("满意度指标", "服务对象满意度指标", "受益人员满意度", Operator.AT_LEAST, "95", "%", "100", "15", "15"));
        return rows;
    }

    @Test
    void zibo5ScoresNinetyPointNineteen() {
        SelfEvalScore score = SelfEvalScorer.standard().score(partyBuilding(partyBuildingRows(), "90.19"));
        assertThat(score.executionRate()).isEqualByComparingTo("1.94");
        assertThat(score.executionPoints()).isEqualByComparingTo("0.19");
        assertThat(score.indicatorPoints()).isEqualByComparingTo("90");
        assertThat(score.total()).isEqualByComparingTo("90.19");
        assertThat(score.grade()).isEqualTo("优");
        List<String> codes = SelfEvalReview.standard().review(score).stream().map(Finding::code).toList();
        assertThat(codes).containsExactlyInAnyOrder("SE_LOW_EXEC_FULL", "SE_COST_OVER_BUDGET");
    }

    @Test
    void executionPointsUseTheRawQuotientHalfUp() {
        // 79.4 / 134 = 59.2537…% → 5.93 (HALF_EVEN on the printed 59.25% would give 5.92)
        FundRow all = new FundRow(d("134"), d("134"), d("79.4"));
        SelfEvalTable table = new SelfEvalTable("p", "", "", new BudgetBlock(all, null, null, null, null, null, null), "", "",
                partyBuildingRows(), null, "", null);
        SelfEvalScore score = SelfEvalScorer.standard().score(table);
        assertThat(score.executionRate()).isEqualByComparingTo("59.25");
        assertThat(score.executionPoints()).isEqualByComparingTo("5.93");
    }

    @Test
    void overExecutionIsCappedAtTheWeight() {
        FundRow all = new FundRow(d("10"), d("10"), d("12"));
        SelfEvalTable table = new SelfEvalTable("p", "", "", new BudgetBlock(all, null, null, null, null, null, null), "", "",
                partyBuildingRows(), null, "", null);
        assertThat(SelfEvalScorer.standard().score(table).executionPoints()).isEqualByComparingTo("10.00");
    }

    @Test
    void unmetTargetsScoreByCompletionAndFullMarksAreFlagged() {
        List<IndicatorRow> rows = partyBuildingRows();
        rows.set(2, q("产出指标", "数量指标", "发放企业数量", Operator.AT_LEAST, "70", "家", "56", "10", "10")); // 80%
        rows.set(1, q("成本指标", "经济成本指标", "工作经费", Operator.AT_MOST, "8", "万元", "10", "10", "10")); // 8 ÷ 10
        rows.set(5, ql("效益指标", "社会效益指标", "保障党组织工作正常开展", "有效", QualitativeResult.PARTLY_DONE, "10", "7"));
        SelfEvalScore score = SelfEvalScorer.standard().score(partyBuilding(rows, "90.19"));
        assertThat(score.indicators().get(2).computed()).isEqualByComparingTo("8.00");
        assertThat(score.indicators().get(1).computed()).isEqualByComparingTo("8.00");
        assertThat(score.indicators().get(5).computed()).isEqualByComparingTo("7.00"); // within 60–80%: the unit's choice stands
        assertThat(score.indicators().get(2).recorded()).isEqualByComparingTo("10"); // kept beside, never overwritten
        assertThat(score.total()).isEqualByComparingTo("83.19");
        assertThat(score.grade()).isEqualTo("良");
        List<Finding> findings = SelfEvalReview.standard().review(score);
        assertThat(findings).filteredOn(f -> f.code().equals("SE_UNMET_FULL")).extracting(f -> f.location().item())
                .containsExactlyInAnyOrder("指标3.INDICATOR_SCORE", "指标2.INDICATOR_SCORE");
        // the printed total 90.19 = 0.19 + 10 + 10 + 10 + 10 + 10 + 7 + 15 + 15 = 87.19 + … : 3 points too many
        assertThat(findings).filteredOn(f -> f.code().equals("SE_TOTAL")).singleElement()
                .satisfies(f -> assertThat(f.expected()).isEqualTo("87.19"));
    }

    @Test
    void qualitativeScoreOutsideItsBandIsBroughtIntoIt() {
        List<IndicatorRow> rows = partyBuildingRows();
        rows.set(5, ql("效益指标", "社会效益指标", "保障党组织工作正常开展", "有效", QualitativeResult.DONE, "10", "5"));
        SelfEvalScore score = SelfEvalScorer.standard().score(partyBuilding(rows, null));
        assertThat(score.indicators().get(5).computed()).isEqualByComparingTo("8.00");
        assertThat(SelfEvalReview.standard().review(score)).extracting(Finding::code).contains("SE_SCORE_RULE");
    }

    @Test
    void zeroBudgetLeavesTheExecutionRateUncheckedNotTheTable() {
        FundRow zero = new FundRow(d("0"), d("0"), d("0"));
        SelfEvalTable table = new SelfEvalTable("p", "", "", new BudgetBlock(zero, null, null, null, null, d("0"), d("0")), "", "",
                partyBuildingRows(), d("90"), "", null);
        SelfEvalScore score = SelfEvalScorer.standard().score(table);
        assertThat(score.executionRate()).isNull();
        assertThat(score.total()).isEqualByComparingTo("90");
        assertThat(SelfEvalReview.standard().review(score)).filteredOn(f -> f.code().equals(SelfEvalReview.UNCHECKED)).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("全年预算数为 0"));
    }

    @Test
    void missingCostAndSatisfactionAndQualitativeOnlyOutputsAreWarnings() {
        List<IndicatorRow> rows = new ArrayList<>();
        rows.add(ql("产出指标", "数量指标", "工作开展", "完成", QualitativeResult.DONE, "50", "50"));
        rows.add(ql("效益指标", "社会效益指标", "社会效益", "有效", QualitativeResult.DONE, "40", "40"));
        SelfEvalScore score = SelfEvalScorer.standard().score(partyBuilding(rows, null));
        assertThat(SelfEvalReview.standard().review(score)).extracting(Finding::code)
                .contains("SE_NO_COST", "SE_NO_SATISFACTION", "SE_QUALITATIVE_ONLY");
    }
}
