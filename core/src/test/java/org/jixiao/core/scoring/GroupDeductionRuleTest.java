package org.jixiao.core.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.jixiao.core.evaluation.Evaluation;
import org.jixiao.core.evaluation.EvaluationResult;
import org.jixiao.core.evaluation.EvaluationScorer;
import org.jixiao.core.indicator.Indicator;
import org.jixiao.core.indicator.ScoredIndicator;
import org.jixiao.core.scoring.DeductionsRule.Deduction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A deduction made at a group node and shared by its leaves, always adding up to the group's deduction. */
class GroupDeductionRuleTest {

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    private static List<BigDecimal> ds(String... values) {
        return Stream.of(values).map(BigDecimal::new).toList();
    }

    @Test
    void equalThirdsGiveTheLeftoverCentToTheFirstLeaf() {
        // 预算管理（9分）：部分项目未按规定程序调整预算，扣1分。 Three leaves of 3: 0.333… each → 0.34 + 0.33 + 0.33.
        assertThat(GroupDeductionRule.allocate(d("1"), ds("3", "3", "3"), ds("3", "3", "3"))).containsExactly(d("0.34"), d("0.33"), d("0.33"));
    }

    @Test
    void theLeftoverCentGoesToTheLargestRemainder() {
        // 资产管理（4分）：固定资产账实不符，扣0.7分。 Weights 2, 1.5, 0.5: 0.35, 0.2625, 0.0875 → 0.35, 0.26, 0.09.
        assertThat(GroupDeductionRule.allocate(d("0.7"), ds("2", "1.5", "0.5"), ds("2", "1.5", "0.5")))
                .containsExactly(d("0.35"), d("0.26"), d("0.09"));
    }

    @Test
    void aLeafNeverLosesMoreThanItScored() {
        // 财务管理（4分）：会计核算不规范，扣1分。 One leaf scored only 0.1: it loses 0.1, the other 0.9.
        assertThat(GroupDeductionRule.allocate(d("1"), ds("2", "2"), ds("0.1", "2"))).containsExactly(d("0.10"), d("0.90"));
    }

    @Test
    void aDeductionLargerThanTheLeavesTakesEverything() {
        assertThat(GroupDeductionRule.allocate(d("1"), ds("1", "1"), ds("0.3", "0.2"))).containsExactly(d("0.30"), d("0.20"));
    }

    static Stream<Arguments> randomGroups() {
        Random random = new Random(20261203L);
        return IntStream.range(0, 300).mapToObj(n -> {
            int size = 1 + random.nextInt(7);
            List<BigDecimal> weights = new ArrayList<>();
            List<BigDecimal> scores = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                BigDecimal weight = BigDecimal.valueOf(random.nextInt(1000), 2);
                weights.add(weight);
                scores.add(BigDecimal.valueOf(random.nextInt(weight.unscaledValue().intValue() + 1), 2));
            }
            return Arguments.of(BigDecimal.valueOf(random.nextInt(1500), 2), weights, scores);
        });
    }

    @ParameterizedTest
    @MethodSource("randomGroups")
    void sharesAlwaysAddUpAndStayWithinEachLeaf(BigDecimal total, List<BigDecimal> weights, List<BigDecimal> scores) {
        List<BigDecimal> shares = GroupDeductionRule.allocate(total, weights, scores);

        BigDecimal available = scores.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(shares.stream().reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo(total.min(available));
        for (int i = 0; i < shares.size(); i++) {
            assertThat(shares.get(i)).isBetween(BigDecimal.ZERO, scores.get(i));
            assertThat(shares.get(i).scale()).isEqualTo(2);
        }
        assertThat(GroupDeductionRule.allocate(total, weights, scores)).isEqualTo(shares);
    }

    @Test
    void theScorerSharesAGroupDeductionOverEveryLeafBelowIt() {
        // 预算管理（9分）：部分项目未按规定程序调整预算，扣1分 — on a group with a sub-group, three leaves of 3 in all.
        Indicator group = new Indicator(null, "预算管理", d("9"), new GroupDeductionRule(List.of(new Deduction(d("1"), "部分项目未按规定程序调整预算"))),
                List.of(Indicator.leaf("预算编制", d("3"), new DeductionsRule(List.of())),
                        Indicator.node("预算执行", d("6"), List.of(Indicator.leaf("执行率", d("3"), new DeductionsRule(List.of())),
                                Indicator.leaf("执行进度", d("3"), new DeductionsRule(List.of(new Deduction(d("0.5"), "进度偏慢"))))))),
                null, null, null, null, List.of());
        Indicator rest = Indicator.leaf("其他", d("91"), new DeductionsRule(List.of()));
        Evaluation evaluation = Evaluation.ofTree(org.jixiao.core.evaluation.Meta.of("测试部门", 2025), List.of(group, rest));

        EvaluationResult result = EvaluationScorer.score(evaluation);

        ScoredIndicator scored = result.indicators().get(0);
        // shares of 1 by weight 3:3:3 → 0.34, 0.33, 0.33; 3 − 0.34, 3 − 0.33, 2.5 − 0.33
        assertThat(scored.leaves()).extracting(ScoredIndicator::score).containsExactly(d("2.66"), d("2.67"), d("2.17"));
        assertThat(scored.children().get(1).score()).isEqualByComparingTo("4.84");
        assertThat(scored.score()).isEqualByComparingTo("7.50");
        assertThat(result.totalScore()).isEqualByComparingTo("98.50");
        assertThat(scored.leaves().get(0).explanation())
                .endsWith("上级指标“预算管理”扣分（部分项目未按规定程序调整预算扣1分）按下级指标分值比例分摊，本指标分摊扣0.34分，得2.66分。");
    }
}
