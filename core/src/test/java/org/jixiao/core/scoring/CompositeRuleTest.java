package org.jixiao.core.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.jixiao.core.ratio.BudgetFacts;
import org.jixiao.core.ratio.RatioId;
import org.jixiao.core.ratio.StandardRatios;
import org.jixiao.core.scoring.CompositeRule.Point;
import org.jixiao.core.scoring.DeductionsRule.Deduction;
import org.jixiao.core.scoring.LinearDeductionRule.Direction;
import org.jixiao.core.scoring.LinearDeductionRule.Steps;
import org.junit.jupiter.api.Test;

/**
 * 评价要点 with shares, caps, gates and floors; proportional scores with floors and item deductions; whole-step
 * deductions. Each test quotes the rule text it models (paraphrased from real reports) and its hand-computed score.
 */
class CompositeRuleTest {

    private static final RuleContext EMPTY = new RuleContext(Map.of(), StandardRatios.compute(BudgetFacts.empty(), List.of(), null));

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    private static DeductionsRule deduct(String... pointsAndReasons) {
        List<Deduction> items = new java.util.ArrayList<>();
        for (int i = 0; i < pointsAndReasons.length; i += 2) {
            items.add(new Deduction(d(pointsAndReasons[i]), pointsAndReasons[i + 1]));
        }
        return new DeductionsRule(items);
    }

    @Test
    void pointsWithTheirOwnSharesAndACapOfHalfAPoint() {
        // 预算编制科学性（2分）：①预算经集体研究决策的得0.5分；②项目支出细化到具体事项的得1分，每发现一个未细化项目扣0.2分，
        // 最多扣0.5分；③编制依据充分的得0.5分，依据不足的不得分。 Three projects not itemised: 0.6 capped at 0.5 → 0.5 + 0.5 + 0.
        CompositeRule rule = new CompositeRule(List.of(
                new Point("集体决策", d("0.5"), deduct(), null, false),
                new Point("细化编制", d("1"), deduct("0.2", "项目一未细化", "0.2", "项目二未细化", "0.2", "项目三未细化"), d("0.5"), false),
                new Point("编制依据", d("0.5"), deduct("0.5", "未提供测算依据"), null, false)), null);

        RuleResult result = rule.apply(d("2"), EMPTY);

        assertThat(result.score()).isEqualByComparingTo("1.00");
        assertThat(result.explanation()).contains("要点②细化编制（1分）").contains("该要点最多扣0.5分，按0.5分计").contains("各要点合计得1分");
    }

    @Test
    void aFailedGatePointMakesTheIndicatorZero() {
        // 绩效目标合理性（3分）：①未设定部门整体绩效目标的，本指标不得分；②目标细化量化的得1.5分；③目标与职责相符的得0.5分。
        CompositeRule rule = new CompositeRule(List.of(
                new Point("设定绩效目标", d("1"), deduct("1", "未设定部门整体绩效目标"), null, true),
                new Point("细化量化", d("1.5"), deduct(), null, false),
                new Point("与职责相符", d("0.5"), deduct(), null, false)), null);

        RuleResult result = rule.apply(d("3"), EMPTY);

        assertThat(result.score()).isEqualByComparingTo("0.00");
        assertThat(result.explanation()).contains("要点①设定绩效目标未达到要求，按评分标准本指标不得分");
    }

    @Test
    void deductionsStayWithinTheirPointsShare() {
        // Same indicator, gate met: ②每有一项指标未量化扣0.3分，扣完为止 — six items (1.8) take the whole 1.5 and no more.
        CompositeRule rule = new CompositeRule(List.of(
                new Point("设定绩效目标", d("1"), deduct(), null, true),
                new Point("细化量化", d("1.5"), deduct("0.3", "a", "0.3", "b", "0.3", "c", "0.3", "d", "0.3", "e", "0.3", "f"), null, false),
                new Point("与职责相符", d("0.5"), deduct(), null, false)), null);

        assertThat(rule.apply(d("3"), EMPTY).score()).isEqualByComparingTo("1.50");
    }

    @Test
    void aFloorOnTheCompositeRate() {
        // 制度执行有效性（2分）：①…1分；②…1分；各要点得分率低于60%的，本指标不得分。 0.5 + 0.6 = 1.1 → 55% < 60% → 0.
        CompositeRule rule = new CompositeRule(List.of(
                new Point("制度执行", d("1"), deduct("0.5", "报销审批手续不全"), null, false),
                new Point("档案管理", d("1"), deduct("0.4", "会计档案未按年度装订"), null, false)),
                new Floor(d("60"), null));

        RuleResult result = rule.apply(d("2"), EMPTY);

        assertThat(result.score()).isEqualByComparingTo("0.00");
        assertThat(result.explanation()).contains("各要点合计1.1分，得分率55.00%，得分率低于60%，不得分");
    }

    @Test
    void aPointMayBeAnyRuleIncludingAnotherComposite() {
        // 预算执行（4分）：①执行率（2分）每下降5个百分点扣0.2分；②结转结余（2分）分两项各1分：结转率≤10%得1分，否则不得分；
        // 结余资金按规定上缴的得1分。 执行率88.6% → 2档 → 1.6；结转率12% → 0；上缴 → 1。 1.6 + 1 = 2.6.
        ScoringRule execution = new LinearDeductionRule(Measure.of("预算执行率", d("88.6"), "%"), d("100"), Direction.BELOW, d("5"),
                d("0.2"), Steps.WHOLE, null);
        ScoringRule carryOver = new CompositeRule(List.of(
                new Point("结转率", d("1"), deduct("1", "结转率12%，高于10%"), null, false),
                new Point("结余上缴", d("1"), deduct(), null, false)), null);
        CompositeRule rule = new CompositeRule(List.of(new Point("执行率", d("2"), execution, null, false),
                new Point("结转结余", d("2"), carryOver, null, false)), null);

        assertThat(rule.apply(d("4"), EMPTY).score()).isEqualByComparingTo("2.60");
    }

    @Test
    void aPointWhoseRatioCannotBeComputedIsNotYetScored() {
        CompositeRule rule = new CompositeRule(List.of(
                new Point("执行率", d("1"), new RatioRule(Measure.ofRatio(RatioId.BUDGET_EXECUTION_RATE), null, false, null, List.of()), null, false),
                new Point("管理", d("1"), deduct(), null, false)), null);

        RuleResult result = rule.apply(d("2"), EMPTY);

        assertThat(result.score()).isEqualByComparingTo("1.00");
        assertThat(result.explanation()).contains("尚未评分：预算执行率无法计算");
    }

    @Test
    void proportionalBelowTheFloorScoresNothing() {
        // 资金到位率（2分）：按到位率计分，到位率低于80%的不得分。 78.5% → 0.
        RatioRule rule = new RatioRule(Measure.of("资金到位率", d("78.5"), "%"), null, false, new Floor(d("80"), null), List.of());

        RuleResult result = rule.apply(d("2"), EMPTY);

        assertThat(result.score()).isEqualByComparingTo("0.00");
        assertThat(result.explanation()).contains("资金到位率为78.5%").contains("完成比例低于80%，不得分");
    }

    @Test
    void proportionalAboveTheFloor() {
        // Same rule, 92.3% → 2 × 92.30% = 1.846 → 1.85.
        RatioRule rule = new RatioRule(Measure.of("资金到位率", d("92.3"), "%"), null, false, new Floor(d("80"), null), List.of());

        RuleResult result = rule.apply(d("2"), EMPTY);

        assertThat(result.score()).isEqualByComparingTo("1.85");
        assertThat(result.explanation()).contains("得分 = 2 × 92.30% = 1.85分");
    }

    @Test
    void aFloorWithAStatedFloorValue() {
        // 项目完成率（3分）：按完成率计分，完成率低于60%的得0.5分。 完成率55% → 0.5.
        RatioRule rule = new RatioRule(Measure.of("项目完成率", d("55"), "%"), null, false, new Floor(d("60"), new Award(null, d("0.5"))),
                List.of());

        assertThat(rule.apply(d("3"), EMPTY).score()).isEqualByComparingTo("0.50");
    }

    @Test
    void aRatioRulePlusItemDeductions() {
        // 预算执行率（5分）：得分 = 预算执行率 × 5分；存在年底突击支出的扣0.5分。 96.37% → 4.8185 → 4.82 − 0.5 = 4.32.
        RatioRule rule = new RatioRule(Measure.of("预算执行率", d("96.37"), "%"), null, false, null,
                List.of(new Deduction(d("0.5"), "12月支出占全年支出比重过高，存在年底突击支出")));

        RuleResult result = rule.apply(d("5"), EMPTY);

        assertThat(result.score()).isEqualByComparingTo("4.32");
        assertThat(result.explanation()).contains("5 × 96.37% = 4.82分").contains("扣0.5分").contains("得4.32分");
    }

    @Test
    void lowerIsBetterScoresTargetOverActual() {
        // 公用经费控制率（2分）：≤100%得满分，超出的按 100% ÷ 实际控制率 计分。 105.2% → 95.06% → 1.9012 → 1.90.
        RatioRule rule = new RatioRule(Measure.of("公用经费控制率", d("105.2"), "%"), null, true, null, List.of());

        assertThat(rule.apply(d("2"), EMPTY).score()).isEqualByComparingTo("1.90");
    }

    @Test
    void wholeStepsOnly() {
        // 预算执行率（2分）：以100%为标准，每下降5个百分点扣0.2分，扣完为止。 88.6% → 11.4 points down → 2 whole steps → 1.60.
        LinearDeductionRule rule = new LinearDeductionRule(Measure.of("预算执行率", d("88.6"), "%"), d("100"), Direction.BELOW, d("5"),
                d("0.2"), Steps.WHOLE, null);

        RuleResult result = rule.apply(d("2"), EMPTY);

        assertThat(result.score()).isEqualByComparingTo("1.60");
        assertThat(result.explanation()).contains("每低于5个百分点扣0.2分（不足5个百分点的部分不扣分）").contains("计2档").contains("扣0.4分");
    }

    @Test
    void partialStepsCountProportionally() {
        // 同上，按实际下降幅度折算：11.4 ÷ 5 × 0.2 = 0.456 → 2 − 0.456 = 1.544 → 1.54.
        LinearDeductionRule rule = new LinearDeductionRule(Measure.of("预算执行率", d("88.6"), "%"), d("100"), Direction.BELOW, d("5"),
                d("0.2"), Steps.PARTIAL, null);

        assertThat(rule.apply(d("2"), EMPTY).score()).isEqualByComparingTo("1.54");
    }

    @Test
    void aCapOnTheTotalDeduction() {
        // 在职人员控制率（2分）：实有人数超过编制的，每超1人扣0.5分，最多扣1.5分。 34 vs 29 → 2.5 capped at 1.5 → 0.50.
        LinearDeductionRule rule = new LinearDeductionRule(Measure.of("实有人数", d("34"), "人"), d("29"), Direction.ABOVE, d("1"),
                d("0.5"), Steps.WHOLE, d("1.5"));

        RuleResult result = rule.apply(d("2"), EMPTY);

        assertThat(result.score()).isEqualByComparingTo("0.50");
        assertThat(result.explanation()).contains("最多扣1.5分");
    }
}
