package org.jixiao.core.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jixiao.core.ratio.BudgetFacts;
import org.jixiao.core.ratio.StandardRatios;
import org.jixiao.core.scoring.CombinedTiersRule.Condition;
import org.jixiao.core.scoring.GradeAverageRule.Graded;
import org.jixiao.core.scoring.LinearDeductionRule.Steps;
import org.jixiao.core.targets.Operator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Two-sided bands, tiers on two ratios, grade maps averaged over a sample, rank bands and comparison with last year.
 * Each case quotes the rule text it models (paraphrased from real reports) and its hand-computed score.
 */
class BandAndComparisonRulesTest {

    private static final RuleContext EMPTY = new RuleContext(Map.of(), StandardRatios.compute(BudgetFacts.empty(), List.of(), null));

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    private static Award share(String fraction) {
        return new Award(d(fraction), null);
    }

    /** 预算执行率与100%的偏差在5个百分点以内的得满分，5—10个百分点的得60%，超过10个百分点的不得分（2分）。 */
    @ParameterizedTest(name = "执行率{0}% → {1}分")
    @CsvSource({"96.4, 2.00", "108.3, 1.20", "105, 2.00", "90, 1.20", "87.5, 0.00", "112.1, 0.00"})
    void twoSidedBandsOnTheDistanceFrom100Percent(String rate, String expected) {
        DeviationRule rule = new DeviationRule(Measure.of("预算执行率", d(rate), "%"), d("100"),
                List.of(new DeviationRule.Band(d("10"), share("0.6")), new DeviationRule.Band(d("5"), share("1"))));

        assertThat(rule.apply(d("2"), EMPTY).score()).isEqualByComparingTo(expected);
    }

    @Test
    void theDeviationIsExplainedInPercentagePoints() {
        DeviationRule rule = new DeviationRule(Measure.of("预算执行率", d("108.3"), "%"), d("100"),
                List.of(new DeviationRule.Band(d("5"), share("1")), new DeviationRule.Band(d("10"), share("0.6"))));

        assertThat(rule.apply(d("2"), EMPTY).explanation())
                .isEqualTo("预算执行率为108.3%，与100%相差8.3个百分点，在10个百分点以内，得分值的60%，即1.2分。");
    }

    private static CombinedTiersRule executionAndCarryOver(String execution, String carryOver) {
        Map<String, Measure> measures = new LinkedHashMap<>();
        measures.put("执行率", Measure.of("预算执行率", d(execution), "%"));
        measures.put("结转", Measure.of("结转结余率", d(carryOver), "%"));
        return new CombinedTiersRule(measures, List.of(
                new CombinedTiersRule.Tier(List.of(new Condition("执行率", Operator.AT_LEAST, d("95")),
                        new Condition("结转", Operator.AT_MOST, d("5"))), share("1")),
                new CombinedTiersRule.Tier(List.of(new Condition("执行率", Operator.AT_LEAST, d("90")),
                        new Condition("结转", Operator.AT_MOST, d("10"))), share("0.8"))));
    }

    /** 执行率≥95%且结转结余率≤5%的得满分；执行率≥90%且结转结余率≤10%的得80%；其余不得分（3分）。 */
    @ParameterizedTest(name = "执行率{0}%、结转结余率{1}% → {2}分")
    @CsvSource({"96, 4.5, 3.00", "93.2, 7.4, 2.40", "96, 6, 2.40", "85, 3, 0.00", "96, 12, 0.00"})
    void tiersOnTwoRatiosCombined(String execution, String carryOver, String expected) {
        assertThat(executionAndCarryOver(execution, carryOver).apply(d("3"), EMPTY).score()).isEqualByComparingTo(expected);
    }

    @Test
    void theCombinedTierIsNamedInTheExplanation() {
        assertThat(executionAndCarryOver("93.2", "7.4").apply(d("3"), EMPTY).explanation())
                .isEqualTo("预算执行率为93.2%，结转结余率为7.4%，符合“预算执行率≥90%且结转结余率≤10%”，得分值的80%，即2.4分。");
    }

    @Test
    void fourGradesAveragedOverTheSampledProjects() {
        // 抽查项目自评质量（4分）：评为优、良、中、差的分别按100%、75%、50%、0计分，取各项目平均。
        // 优 + 良 + 良 + 中 + 差 = (1 + 0.75 + 0.75 + 0.5 + 0) ÷ 5 = 60% → 2.40.
        GradeAverageRule rule = new GradeAverageRule(GradeAverageRule.FOUR_GRADES, List.of(new Graded("项目一", "优"),
                new Graded("项目二", "良"), new Graded("项目三", "良"), new Graded("项目四", "中"), new Graded("项目五", "差")));

        RuleResult result = rule.apply(d("4"), EMPTY);

        assertThat(result.score()).isEqualByComparingTo("2.40");
        assertThat(result.explanation()).startsWith("评定5个：项目一“优”（100%）、项目二“良”（75%）").contains("平均得分比例60%，得分 = 4 × 60% = 2.4分");
    }

    @Test
    void thirdsAverageExactly() {
        // 绩效自评结果（5分）：优秀、良好、一般分别按1、2/3、1/3折算。 (1 + 2/3 + 2/3 + 1/3) ÷ 4 = 2/3 → 3.333… → 3.33.
        GradeAverageRule rule = new GradeAverageRule(GradeAverageRule.THREE_GRADES, List.of(new Graded("甲", "优秀"),
                new Graded("乙", "良好"), new Graded("丙", "良好"), new Graded("丁", "一般")));

        assertThat(rule.apply(d("5"), EMPTY).score()).isEqualByComparingTo("3.33");
    }

    @Test
    void anExactHalfOfThirdsRoundsUp() {
        // 同上，2.01分：良好 + 一般 = (2/3 + 1/3) ÷ 2 = 1/2 exactly → 1.005 → 1.01 (decimals 0.6667 + 0.3333 would give 1.00).
        GradeAverageRule rule = new GradeAverageRule(GradeAverageRule.THREE_GRADES, List.of(new Graded("甲", "良好"), new Graded("乙", "一般")));

        assertThat(rule.apply(d("2.01"), EMPTY).score()).isEqualByComparingTo("1.01");
    }

    @Test
    void aGradeOutsideTheScaleIsRefusedInWords() {
        assertThatThrownBy(() -> new GradeAverageRule(GradeAverageRule.FOUR_GRADES, List.of(new Graded("甲", "优秀"))))
                .hasMessage("等级“优秀”不在折算表中（优、良、中、差）");
    }

    /** 全市考核排名前3名的得满分，第4—6名得80%，第7—10名得60%，其余不得分（2分）。 */
    @ParameterizedTest(name = "第{0}名 → {1}分")
    @CsvSource({"1, 2.00", "3, 2.00", "5, 1.60", "10, 1.20", "12, 0.00"})
    void rankBands(int rank, String expected) {
        RankRule rule = new RankRule("全市考核", rank, null, List.of(new RankRule.Band(3, null, share("1")),
                new RankRule.Band(6, null, share("0.8")), new RankRule.Band(10, null, share("0.6"))));

        assertThat(rule.apply(d("2"), EMPTY).score()).isEqualByComparingTo(expected);
    }

    @Test
    void theRankBandIsNamedByItsRange() {
        RankRule rule = new RankRule("全市考核", 5, null, List.of(new RankRule.Band(3, null, share("1")),
                new RankRule.Band(6, null, share("0.8"))));

        assertThat(rule.apply(d("2"), EMPTY).explanation()).isEqualTo("全市考核第5名，位于第4—6名，得分值的80%，即1.6分。");
    }

    @Test
    void rankBandsByShareOfTheField() {
        // 排名前30%的得满分，前60%的得一半分（3分）。 第7名共20个 = 35% → 1.50.
        RankRule rule = new RankRule("全省排名", 7, 20, List.of(new RankRule.Band(null, d("30"), share("1")),
                new RankRule.Band(null, d("60"), share("0.5"))));

        RuleResult result = rule.apply(d("3"), EMPTY);

        assertThat(result.score()).isEqualByComparingTo("1.50");
        assertThat(result.explanation()).isEqualTo("全省排名第7名（共20个），位于前60%，得分值的50%，即1.5分。");
    }

    @Test
    void fallingBelowLastYearCostsPerPoint() {
        // 预算执行率较上年提高或持平的得满分，每下降1个百分点扣0.5分，扣完为止（2分）。 97.5% → 95.2%: 2.3 × 0.5 = 1.15 → 0.85.
        YearOnYearRule rule = new YearOnYearRule("预算执行率", "%", d("95.2"), d("97.5"), false, d("1"), d("0.5"), Steps.PARTIAL, null, null);

        RuleResult result = rule.apply(d("2"), EMPTY);

        assertThat(result.score()).isEqualByComparingTo("0.85");
        assertThat(result.explanation()).isEqualTo("本年预算执行率为95.2%，上年为97.5%，较上年下降2.3个百分点，每下降1个百分点扣0.5分，扣1.15分，得0.85分。");
    }

    @Test
    void risingAboveLastYearEarnsFullPoints() {
        YearOnYearRule rule = new YearOnYearRule("预算执行率", "%", d("98"), d("97.5"), false, d("1"), d("0.5"), Steps.PARTIAL, null, null);

        assertThat(rule.apply(d("2"), EMPTY).score()).isEqualByComparingTo("2.00");
    }

    @Test
    void risingSpendingThatShouldFallScoresNothing() {
        // “三公”经费支出较上年下降或持平的得满分，上升的不得分（1分）。 11.8 → 12.6 万元 → 0.
        YearOnYearRule rule = new YearOnYearRule("“三公”经费支出", "万元", d("12.6"), d("11.8"), true, null, null, null, null, null);

        RuleResult result = rule.apply(d("1"), EMPTY);

        assertThat(result.score()).isEqualByComparingTo("0.00");
        assertThat(result.explanation()).contains("较上年提高0.8万元，不得分");
    }

    @Test
    void wholeStepsAgainstLastYear() {
        // 每下降2个百分点扣0.3分，不足2个百分点的不扣分（1.5分）。 95.6% → 90.1%: 5.5 → 2 steps → 0.6 → 0.90.
        YearOnYearRule rule = new YearOnYearRule("项目完成率", "%", d("90.1"), d("95.6"), false, d("2"), d("0.3"), Steps.WHOLE, null, null);

        assertThat(rule.apply(d("1.5"), EMPTY).score()).isEqualByComparingTo("0.90");
    }
}
