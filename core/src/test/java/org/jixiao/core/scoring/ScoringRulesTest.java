package org.jixiao.core.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.jixiao.core.ratio.BudgetFacts;
import org.jixiao.core.ratio.RatioId;
import org.jixiao.core.ratio.StandardRatios;
import org.jixiao.core.scoring.LinearDeductionRule.Direction;
import org.jixiao.core.scoring.ProportionalRule.BelowTarget;
import org.jixiao.core.scoring.QualitativeRule.Level;
import org.jixiao.core.scoring.TiersRule.Tier;
import org.jixiao.core.targets.Operator;
import org.jixiao.core.targets.QualitativeResult;
import org.jixiao.core.targets.Target;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** One worked example per rule kind (domain §4), with the exact score and the words the explanation must carry. */
class ScoringRulesTest {

    /** No targets, no ratios: enough for every rule that carries its own figures. */
    private static final RuleContext EMPTY = new RuleContext(Map.of(), StandardRatios.compute(BudgetFacts.empty(), List.of(), null));

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    /** Weihai 2022 “三公经费”: budget 0.5 this year, 1 last year, nothing spent; 9,738.4 spent of 10,039.31. */
    private static RuleContext weihaiRatios() {
        BudgetFacts facts = new BudgetFacts("万元",
                new BudgetFacts.Block(d("7490.64"), null, null, null, d("6555.5"), null, null),
                new BudgetFacts.Block(d("10039.31"), null, null, null, null, null, null),
                new BudgetFacts.Block(d("9738.4"), null, null, null, null, null, null),
                d("1995.84"), new BudgetFacts.Staff(d("29"), d("29")),
                new BudgetFacts.ThreePublic(d("0.5"), d("1"), d("0")), null, null, null, null);
        return new RuleContext(Map.of(), StandardRatios.compute(facts, List.of(), null));
    }

    @Nested
    class ExecutionRate {

        @Test
        void ziboSelfEvaluation_10PointsTimes74_14PercentIs7_41() {
            RuleResult result = new ExecutionRateRule(d("100"), d("74.14"), null).apply(d("10"), EMPTY);

            assertThat(result.score()).isEqualByComparingTo("7.41");
            assertThat(result.score().scale()).isEqualTo(2);
            assertThat(result.explanation())
                    .contains("预算执行率")
                    .contains("74.14 ÷ 100 × 100% = 74.14%")
                    .contains("10 × 74.14% = 7.41分");
        }

        @Test
        void aRateAbove100PercentCountsAs100Percent() {
            RuleResult result = new ExecutionRateRule(d("100"), d("120"), null).apply(d("10"), EMPTY);

            assertThat(result.score()).isEqualByComparingTo("10.00");
            assertThat(result.explanation()).contains("120.00%").contains("执行率超过100%按100%计").contains("= 10分");
        }

        @Test
        void theRateIsRoundedAsPrintedBeforeMultiplying() {
            // 2 / 3 = 66.666…% is printed 66.67%; 3 × 66.67% = 2.0001 → 2.00
            RuleResult result = new ExecutionRateRule(d("3"), d("2"), null).apply(d("3"), EMPTY);

            assertThat(result.score()).isEqualByComparingTo("2.00");
            assertThat(result.explanation()).contains("66.67%");
        }

        @Test
        void aZeroBudgetScoresNothingAndSaysWhy() {
            RuleResult result = new ExecutionRateRule(BigDecimal.ZERO, d("5"), null).apply(d("10"), EMPTY);

            assertThat(result.score()).isEqualByComparingTo("0.00");
            assertThat(result.explanation()).contains("全年预算数为 0");
        }

        @Test
        void aComputedRatioCanReplaceTheAmounts() {
            // Weihai 2022: 9,738.4 ÷ 10,039.31 = 97.00%; 2 × 97% = 1.94
            RuleResult result = new ExecutionRateRule(null, null, RatioId.BUDGET_EXECUTION_RATE).apply(d("2"), weihaiRatios());

            assertThat(result.score()).isEqualByComparingTo("1.94");
            assertThat(result.explanation()).contains("9,738.4 ÷ 10,039.31 × 100% = 97.00%").contains("2 × 97.00% = 1.94分");
        }

        @Test
        void needsEitherBothAmountsOrARatio() {
            assertThatThrownBy(() -> new ExecutionRateRule(d("100"), null, null)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class LinearDeduction {

        @Test
        void staffControlRate105PercentCosts0_1PerPointOver100() {
            LinearDeductionRule rule = new LinearDeductionRule(Measure.of("在职人员控制率", d("105"), "%"), d("100"),
                    Direction.ABOVE, BigDecimal.ONE, d("0.1"));

            RuleResult result = rule.apply(d("1"), EMPTY);

            assertThat(result.score()).isEqualByComparingTo("0.50");
            assertThat(result.explanation())
                    .contains("在职人员控制率为105%")
                    .contains("高于100% 5%")
                    .contains("每高于1%扣0.1分")
                    .contains("扣0.5分")
                    .contains("得0.5分");
        }

        @Test
        void weihaiThreePublicChangeRateMinus50PercentIsFullPoints() {
            LinearDeductionRule rule = new LinearDeductionRule(Measure.ofRatio(RatioId.THREE_PUBLIC_CHANGE_RATE), BigDecimal.ZERO,
                    Direction.ABOVE, BigDecimal.ONE, d("0.3"));

            RuleResult result = rule.apply(d("1"), weihaiRatios());

            assertThat(result.score()).isEqualByComparingTo("1.00");
            assertThat(result.explanation())
                    .contains("“三公经费”变动率为-50%")
                    .contains("(0.5 − 1) ÷ 1 × 100% = -50.00%")
                    .contains("不高于0%")
                    .contains("得满分1分");
        }

        @Test
        void neverBelowZero() {
            // 三公经费 up 10%: 10 × 0.3 = 3 points off a weight of 1
            LinearDeductionRule rule = new LinearDeductionRule(Measure.of("“三公经费”变动率", d("10"), "%"), BigDecimal.ZERO,
                    Direction.ABOVE, BigDecimal.ONE, d("0.3"));

            RuleResult result = rule.apply(d("1"), EMPTY);

            assertThat(result.score()).isEqualByComparingTo("0.00");
            assertThat(result.explanation()).contains("扣1分").contains("得0分");
        }

        @Test
        void belowDirectionWithPartialSteps() {
            // 公用经费控制率 must stay ≥ 90%, 0.5 off per 2 points below: 88.5% is 1.5 points below → 0.375 off → 1.625 → 1.63
            LinearDeductionRule rule = new LinearDeductionRule(Measure.of("公用经费控制率", d("88.5"), "%"), d("90"),
                    Direction.BELOW, d("2"), d("0.5"));

            RuleResult result = rule.apply(d("2"), EMPTY);

            assertThat(result.score()).isEqualByComparingTo("1.63");
            assertThat(result.explanation()).contains("低于90% 1.5%").contains("每低于2%扣0.5分").contains("扣0.38分").contains("得1.63分");
        }

        @Test
        void aStepMustBePositive() {
            assertThatThrownBy(() -> new LinearDeductionRule(Measure.of(null, d("1"), "%"), d("0"), Direction.ABOVE,
                    BigDecimal.ZERO, d("1"))).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class Tiers {

        private final TiersRule rule = new TiersRule(Measure.of("预算执行率", d("100"), "%"), List.of(
                new Tier(d("80"), d("0.8"), null),
                new Tier(d("90"), BigDecimal.ONE, null),
                new Tier(d("60"), d("0.5"), null)));

        private TiersRule at(String value) {
            return new TiersRule(Measure.of("预算执行率", d(value), "%"), rule.tiers());
        }

        @Test
        void hundredPercentFallsInTheTopTierAndGetsFullPoints() {
            RuleResult result = rule.apply(d("2"), EMPTY);

            assertThat(result.score()).isEqualByComparingTo("2.00");
            assertThat(result.explanation()).contains("预算执行率为100%").contains("达到“≥90%”档").contains("得分值的100%");
        }

        @Test
        void eightyFivePercentGets80PercentOfTheWeight() {
            RuleResult result = at("85").apply(d("2"), EMPTY);

            assertThat(result.score()).isEqualByComparingTo("1.60");
            assertThat(result.explanation()).contains("达到“≥80%”档").contains("得分值的80%，即1.6分");
        }

        @Test
        void aTierBoundIsInclusive() {
            assertThat(at("90").apply(d("2"), EMPTY).score()).isEqualByComparingTo("2.00");
            assertThat(at("89.99").apply(d("2"), EMPTY).score()).isEqualByComparingTo("1.60");
        }

        @Test
        void belowTheLowestTierScoresNothing() {
            RuleResult result = at("59.99").apply(d("2"), EMPTY);

            assertThat(result.score()).isEqualByComparingTo("0.00");
            assertThat(result.explanation()).contains("低于最低档“≥60%”").contains("不得分");
        }

        @Test
        void aTierCanGiveFixedPoints() {
            // satisfaction ≥ 90% full (10 points), ≥ 80% 8 points
            TiersRule satisfaction = new TiersRule(Measure.of("满意度", d("85"), "%"),
                    List.of(new Tier(d("90"), null, d("10")), new Tier(d("80"), null, d("8"))));

            RuleResult result = satisfaction.apply(d("10"), EMPTY);

            assertThat(result.score()).isEqualByComparingTo("8.00");
            assertThat(result.explanation()).contains("达到“≥80%”档，得8分");
        }

        @Test
        void tiersAreSortedFromTheHighestAndEachGivesAFractionOrAScore() {
            assertThat(rule.tiers()).extracting(Tier::min).usingElementComparator(BigDecimal::compareTo)
                    .containsExactly(d("90"), d("80"), d("60"));
            assertThatThrownBy(() -> new Tier(d("90"), d("1"), d("2"))).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> new Tier(d("90"), null, null)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> new TiersRule(Measure.of(null, d("1"), ""), List.of())).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class Qualitative {

        @Test
        void partlyAchievedAdmitsScoresBetween60And80PercentOfTheWeightInclusive() {
            Level partly = Level.PARTLY_ACHIEVED;

            assertThat(partly.label()).isEqualTo("部分达成");
            assertThat(partly.admits(d("1.20"), d("2"))).isTrue();
            assertThat(partly.admits(d("1.50"), d("2"))).isTrue();
            assertThat(partly.admits(d("1.60"), d("2"))).isTrue();
            assertThat(partly.admits(d("1.19"), d("2"))).isFalse();
            assertThat(partly.admits(d("1.61"), d("2"))).isFalse();
            assertThat(Level.ACHIEVED.admits(d("1.61"), d("2"))).isTrue();
            assertThat(Level.NOT_ACHIEVED.admits(d("1.19"), d("2"))).isTrue();
            assertThat(Level.parse("部分达成")).contains(Level.PARTLY_ACHIEVED);
            assertThat(Level.parse("基本达成")).isEmpty();
        }

        @Test
        void theEvaluatorsScoreIsKeptAndTheBandIsExplained() {
            RuleResult result = new QualitativeRule(Level.PARTLY_ACHIEVED, d("1.5")).apply(d("2"), EMPTY);

            assertThat(result.score()).isEqualByComparingTo("1.50");
            assertThat(result.score().scale()).isEqualTo(2);
            assertThat(result.explanation())
                    .contains("定性评价为“部分达成”")
                    .contains("分值的60%—80%")
                    .contains("即1.2—1.6分")
                    .contains("评定得分1.5分");
        }
    }

    @Nested
    class Deductions {

        @Test
        void weihaiDecisionBasis_1Minus0_3Is0_70() {
            DeductionsRule rule = new DeductionsRule(List.of(
                    new DeductionsRule.Deduction(d("0.3"), "未细化具体任务清单，职责分工和时间进度不够明确。")));

            RuleResult result = rule.apply(d("1"), EMPTY);

            assertThat(result.score()).isEqualByComparingTo("0.70");
            assertThat(result.explanation())
                    .startsWith("扣分点：①未细化具体任务清单，职责分工和时间进度不够明确，扣0.3分。")
                    .contains("得0.7分");
        }

        @Test
        void severalDeductionsAreNumberedAndTotalled() {
            // Weihai 资金使用合规性: 3 points, two findings
            DeductionsRule rule = new DeductionsRule(List.of(
                    new DeductionsRule.Deduction(d("0.5"), "记账与审核为同一人，内部控制制度执行不到位"),
                    new DeductionsRule.Deduction(d("0.5"), "资金拨付依据不够充分")));

            RuleResult result = rule.apply(d("3"), EMPTY);

            assertThat(result.score()).isEqualByComparingTo("2.00");
            assertThat(rule.total()).isEqualByComparingTo("1.0");
            assertThat(result.explanation())
                    .contains("①记账与审核为同一人，内部控制制度执行不到位，扣0.5分；")
                    .contains("②资金拨付依据不够充分，扣0.5分。")
                    .contains("合计扣1分，得2分。");
        }

        @Test
        void deductionsExceedingTheWeightScoreZero() {
            DeductionsRule rule = new DeductionsRule(List.of(
                    new DeductionsRule.Deduction(d("0.8"), "尚未对重点项目开展部门评价"),
                    new DeductionsRule.Deduction(d("0.6"), "大部分项目未设置成本指标")));

            RuleResult result = rule.apply(d("1"), EMPTY);

            assertThat(result.score()).isEqualByComparingTo("0.00");
            assertThat(result.explanation()).contains("合计扣1.4分").contains("扣分超过分值，按0分计");
        }

        @Test
        void noDeductionMeansFullPoints() {
            RuleResult result = new DeductionsRule(List.of()).apply(d("2"), EMPTY);

            assertThat(result.score()).isEqualByComparingTo("2.00");
            assertThat(result.explanation()).contains("未发现扣分事项").contains("得满分2分");
        }
    }

    @Nested
    class Manual {

        @Test
        void theEvaluatorsScoreWithItsJustification() {
            ManualRule rule = new ManualRule(d("0.38"), "  经费类项目没有制定明确的支出标准  ");

            RuleResult result = rule.apply(d("2"), EMPTY);

            assertThat(result.score()).isEqualByComparingTo("0.38");
            assertThat(result.score().scale()).isEqualTo(2);
            assertThat(result.explanation()).isEqualTo("评价工作组评定得分0.38分。理由：经费类项目没有制定明确的支出标准");
        }

        @Test
        void aScoreAboveTheWeightIsCappedWhenApplied() {
            // the validator reports it as an error; apply alone still never leaves [0, weight]
            assertThat(new ManualRule(d("2.5"), "x").apply(d("2"), EMPTY).score()).isEqualByComparingTo("2.00");
            assertThat(new ManualRule(d("-1"), "x").apply(d("2"), EMPTY).score()).isEqualByComparingTo("0.00");
        }
    }

    @Nested
    class Proportional {

        private Target atLeast10(String actual) {
            return Target.quantitative("T2-01", "应急指挥物资储备数量", Operator.AT_LEAST, d("10"), "套", d(actual));
        }

        @Test
        void atLeastTargetMetIsFullPointsAndReportsTheCompletionRate() {
            // Weihai T2-01: ≥10 套, actual 20 → 200%
            RuleResult result = new ProportionalRule(List.of(), atLeast10("20"), null).apply(d("2"), EMPTY);

            assertThat(result.score()).isEqualByComparingTo("2.00");
            assertThat(result.explanation())
                    .contains("“应急指挥物资储备数量”目标值≥10套")
                    .contains("实际完成20套")
                    .contains("完成率200%")
                    .contains("目标已完成")
                    .contains("得满分2分");
        }

        @Test
        void aMissedAtLeastTargetEarnsActualOverTarget() {
            RuleResult result = new ProportionalRule(List.of(), atLeast10("6"), BelowTarget.PROPORTIONAL).apply(d("2"), EMPTY);

            assertThat(result.score()).isEqualByComparingTo("1.20");
            assertThat(result.explanation()).contains("完成率60%").contains("目标未完成").contains("2 × 60% = 1.2分");
        }

        @Test
        void aMissedTargetEarnsNothingWhenTheRuleSaysZero() {
            RuleResult result = new ProportionalRule(List.of(), atLeast10("6"), BelowTarget.ZERO).apply(d("2"), EMPTY);

            assertThat(result.score()).isEqualByComparingTo("0.00");
            assertThat(result.explanation()).contains("目标未完成，不得分");
        }

        @Test
        void aMissedAtMostTargetEarnsTargetOverActual() {
            // ≤ 200 万元, actual 250: 2 × 200/250 = 1.60
            Target cost = Target.quantitative("C1", "项目成本", Operator.AT_MOST, d("200"), "万元", d("250"));

            RuleResult result = new ProportionalRule(List.of(), cost, null).apply(d("2"), EMPTY);

            assertThat(result.score()).isEqualByComparingTo(d("2").multiply(d("200")).divide(d("250")));
            assertThat(result.score()).isEqualByComparingTo("1.60");
            assertThat(result.explanation()).contains("目标值≤200万元").contains("实际完成250万元").contains("2 × 80% = 1.6分");
        }

        @Test
        void anAtMostTargetMetIsFullPoints() {
            Target cost = Target.quantitative("C1", "项目成本", Operator.AT_MOST, d("200"), "万元", d("180"));

            assertThat(new ProportionalRule(List.of(), cost, null).apply(d("2"), EMPTY).score()).isEqualByComparingTo("2.00");
        }

        @Test
        void severalTargetsAreAveraged() {
            Target met = Target.quantitative("T2-01", "应急指挥物资储备数量", Operator.AT_LEAST, d("10"), "套", d("20"));
            Target missed = Target.quantitative("T2-14", "扶持小升规企业数量", Operator.AT_LEAST, d("10"), "家", d("4"));
            RuleContext context = new RuleContext(Map.of("T2-01", met, "T2-14", missed), EMPTY.ratios());

            RuleResult result = new ProportionalRule(List.of("T2-01", "T2-14"), null, null).apply(d("5"), context);

            // (1 + 0.4) / 2 = 70% of 5
            assertThat(result.score()).isEqualByComparingTo("3.50");
            assertThat(result.explanation())
                    .contains("“应急指挥物资储备数量”目标值≥10套，实际完成20套，完成率200%，目标已完成")
                    .contains("“扶持小升规企业数量”目标值≥10家，实际完成4家，完成率40%，目标未完成")
                    .contains("5 × 70% = 3.5分");
        }

        @Test
        void severalTargetsAllMetAreFullPoints() {
            Target a = Target.quantitative("A", "开展应急演练次数", Operator.AT_LEAST, d("2"), "次", d("2"));
            Target b = Target.qualitative("B", "完成公共信用信息查询系统采购工作", "完成", QualitativeResult.DONE);
            RuleContext context = new RuleContext(Map.of("A", a, "B", b), EMPTY.ratios());

            RuleResult result = new ProportionalRule(List.of("A", "B"), null, null).apply(d("4"), context);

            assertThat(result.score()).isEqualByComparingTo("4.00");
            assertThat(result.explanation()).contains("实际完成").contains("目标全部完成，得满分4分");
        }

        @Test
        void aPartlyDoneQualitativeTargetEarnsHalf() {
            Target target = Target.qualitative("Q", "制度执行有效性", "有效", QualitativeResult.PARTLY_DONE);

            RuleResult result = new ProportionalRule(List.of(), target, null).apply(d("3"), EMPTY);

            assertThat(result.score()).isEqualByComparingTo("1.50");
            assertThat(result.explanation()).contains("目标为有效，实际部分完成");
        }

        @Test
        void anUnknownTargetIdIsAnErrorWhenApplied() {
            ProportionalRule rule = new ProportionalRule(List.of("T9"), null, null);

            assertThatThrownBy(() -> rule.apply(d("2"), EMPTY)).isInstanceOf(IllegalStateException.class).hasMessageContaining("T9");
            assertThatThrownBy(() -> new ProportionalRule(List.of(), null, null)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void everyKindHasItsDatasetNameAndChineseLabel() {
        Target target = Target.quantitative("T", "t", Operator.AT_LEAST, d("1"), "", d("1"));
        List<ScoringRule> rules = List.of(
                new ProportionalRule(List.of(), target, null),
                new ExecutionRateRule(d("1"), d("1"), null),
                new LinearDeductionRule(Measure.of(null, d("1"), ""), d("0"), null, null, d("1")),
                new TiersRule(Measure.of(null, d("1"), ""), List.of(new Tier(d("0"), d("1"), null))),
                new QualitativeRule(Level.ACHIEVED, d("1")),
                new DeductionsRule(null),
                new ManualRule(d("1"), "x"));

        assertThat(rules).extracting(ScoringRule::kind).containsExactly(
                "proportional", "execution_rate", "linear_deduction", "tiers", "qualitative", "deductions", "manual");
        assertThat(rules).extracting(ScoringRule::label).containsExactly(
                "按目标完成比例计分", "按预算执行率计分", "超标准按比例扣分", "分档计分", "定性评价", "扣分制", "评价人员评定");
    }
}
