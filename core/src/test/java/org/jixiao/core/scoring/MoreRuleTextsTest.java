package org.jixiao.core.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jixiao.core.ratio.BudgetFacts;
import org.jixiao.core.ratio.StandardRatios;
import org.jixiao.core.scoring.CompositeRule.Point;
import org.jixiao.core.scoring.GradeAverageRule.Grade;
import org.jixiao.core.scoring.GradeAverageRule.Graded;
import org.jixiao.core.scoring.LinearDeductionRule.Steps;
import org.jixiao.core.scoring.QualitativeRule.Level;
import org.jixiao.core.targets.Operator;
import org.junit.jupiter.api.Test;

/** Further rule texts in the style of real reports, one per test, with the hand-computed score in the comment. */
class MoreRuleTextsTest {

    private static final RuleContext EMPTY = new RuleContext(Map.of(), StandardRatios.compute(BudgetFacts.empty(), List.of(), null));

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    @Test
    void proportionalToACountTarget() {
        // 培训人次（2分）：全年培训达到500人次的得满分，不足的按完成比例计分。 430 ÷ 500 = 86% → 1.72.
        RatioRule rule = new RatioRule(Measure.of("培训人次", d("430"), "人次"), d("500"), false, null, List.of());

        RuleResult result = rule.apply(d("2"), EMPTY);

        assertThat(result.score()).isEqualByComparingTo("1.72");
        assertThat(result.explanation()).isEqualTo("培训人次为430人次，标准值为不低于500人次，完成比例86.00%，得分 = 2 × 86.00% = 1.72分。");
    }

    @Test
    void deviationBandsWithFixedPoints() {
        // 预算调整率（1分）：调整幅度（绝对值）不超过3个百分点的得1分，3—8个百分点的得0.5分，超过8个百分点的不得分。 −5.2% → 0.5.
        DeviationRule rule = new DeviationRule(Measure.of("预算调整率", d("-5.2"), "%"), BigDecimal.ZERO,
                List.of(new DeviationRule.Band(d("3"), new Award(null, d("1"))), new DeviationRule.Band(d("8"), new Award(null, d("0.5")))));

        assertThat(rule.apply(d("1"), EMPTY).score()).isEqualByComparingTo("0.50");
    }

    @Test
    void threeMeasuresCombined() {
        // 资金管理（3分）：执行率≥90%、结转率≤10%且未发生违规支出（0次）的得满分；执行率≥80%的得1分；其余不得分。
        // 执行率92%、结转率8%、违规1次 → 第一档不满足 → 第二档 1分.
        Map<String, Measure> measures = new LinkedHashMap<>();
        measures.put("执行", Measure.of("执行率", d("92"), "%"));
        measures.put("结转", Measure.of("结转率", d("8"), "%"));
        measures.put("违规", Measure.of("违规支出", d("1"), "次"));
        CombinedTiersRule rule = new CombinedTiersRule(measures, List.of(
                new CombinedTiersRule.Tier(List.of(new CombinedTiersRule.Condition("执行", Operator.AT_LEAST, d("90")),
                        new CombinedTiersRule.Condition("结转", Operator.AT_MOST, d("10")),
                        new CombinedTiersRule.Condition("违规", Operator.EQUAL, d("0"))), new Award(BigDecimal.ONE, null)),
                new CombinedTiersRule.Tier(List.of(new CombinedTiersRule.Condition("执行", Operator.AT_LEAST, d("80"))),
                        new Award(null, d("1")))));

        assertThat(rule.apply(d("3"), EMPTY).score()).isEqualByComparingTo("1.00");
    }

    @Test
    void aPointScoredByRatioAndAPointRatedQualitatively() {
        // 项目管理（4分）：①项目资金到位率（2分），按到位率计分；②项目实施规范性（2分），分达成、部分达成、未达成三档评定。
        // 到位率95.5% → 1.91；部分达成评1.4分 → 3.31.
        CompositeRule rule = new CompositeRule(List.of(
                new Point("资金到位率", d("2"), new RatioRule(Measure.of("资金到位率", d("95.5"), "%"), null, false, null, List.of()), null, false),
                new Point("实施规范性", d("2"), new QualitativeRule(Level.PARTLY_ACHIEVED, d("1.4")), null, false)), null);

        assertThat(rule.apply(d("4"), EMPTY).score()).isEqualByComparingTo("3.31");
    }

    @Test
    void rankBandsWithFixedPoints() {
        // 全市绩效考核（3分）：第1名得3分，第2—3名得2分，第4—5名得1分。 第2名 → 2分.
        RankRule rule = new RankRule("全市绩效考核", 2, null, List.of(new RankRule.Band(1, null, new Award(null, d("3"))),
                new RankRule.Band(3, null, new Award(null, d("2"))), new RankRule.Band(5, null, new Award(null, d("1")))));

        assertThat(rule.apply(d("3"), EMPTY).score()).isEqualByComparingTo("2.00");
    }

    @Test
    void aGradeScaleOfItsOwn() {
        // 项目绩效等级（3分）：A、B、C级分别按100%、80%、60%计分，取平均。 A、B、B、C → (1 + .8 + .8 + .6) ÷ 4 = 80% → 2.40.
        GradeAverageRule rule = new GradeAverageRule(List.of(Grade.of("A", "1"), Grade.of("B", "0.8"), Grade.of("C", "0.6")),
                List.of(new Graded("一", "A"), new Graded("二", "B"), new Graded("三", "B"), new Graded("四", "C")));

        assertThat(rule.apply(d("3"), EMPTY).score()).isEqualByComparingTo("2.40");
    }

    @Test
    void aCapOnTheYearOnYearDeduction() {
        // 项目完成率较上年（2分）：每下降1个百分点扣0.3分，最多扣1分。 98.1% → 92.4%: 5.7 × 0.3 = 1.71 → capped at 1 → 1.00.
        YearOnYearRule rule = new YearOnYearRule("项目完成率", "%", d("92.4"), d("98.1"), false, d("1"), d("0.3"), Steps.PARTIAL, d("1"), null);

        RuleResult result = rule.apply(d("2"), EMPTY);

        assertThat(result.score()).isEqualByComparingTo("1.00");
        assertThat(result.explanation()).contains("最多扣1分");
    }

    @Test
    void aWorseYearEarningAStatedShare() {
        // 结转结余率较上年（2分）：下降或持平的得满分，上升的得50%。 6.2% → 7.9% → 1.00.
        YearOnYearRule rule = new YearOnYearRule("结转结余率", "%", d("7.9"), d("6.2"), true, null, null, null, null,
                new Award(d("0.5"), null));

        RuleResult result = rule.apply(d("2"), EMPTY);

        assertThat(result.score()).isEqualByComparingTo("1.00");
        assertThat(result.explanation()).isEqualTo("本年结转结余率为7.9%，上年为6.2%，较上年提高1.7个百分点，得分值的50%，即1分。");
    }
}
