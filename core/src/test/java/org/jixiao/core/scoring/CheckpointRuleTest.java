package org.jixiao.core.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.jixiao.core.ratio.BudgetFacts;
import org.jixiao.core.ratio.MonthlyExecution;
import org.jixiao.core.ratio.StandardRatios;
import org.jixiao.core.scoring.CheckpointRule.Checkpoint;
import org.jixiao.core.scoring.LinearDeductionRule.Steps;
import org.junit.jupiter.api.Test;

/** 时间节点支出进度: rule texts in the style of real reports, with the hand-computed score in the comment. */
class CheckpointRuleTest {

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    private static RuleContext with(MonthlyExecution monthly) {
        return new RuleContext(Map.of(), StandardRatios.compute(BudgetFacts.empty(), List.of(), monthly), monthly);
    }

    /** A unit's 1—12月 table in 元 whose 年初预算 + 调整 is 1,000,000. */
    private static final MonthlyExecution UNIT = new MonthlyExecution("一般公共预算", "元", d("1000000"),
            List.of(d("40000"), d("100000"), d("180000"), d("260000"), d("350000"), d("480000"), d("560000"), d("640000"),
                    d("760000"), d("800000"), d("850000"), d("1000000")));

    /** 表10 of the Weihai report (元): June 5,317,129.08, September 17,733,056.88, November 23,221,477.34. */
    private static final MonthlyExecution WEIHAI = new MonthlyExecution("一般公共预算", "元", d("50737526.62"), List.of(
            d("759689.42"), d("1267916.67"), d("1793179.53"), d("2937306.65"), d("4792389.78"), d("5317129.08"), d("6118568.77"),
            d("14852211.00"), d("17733056.88"), d("22512949.42"), d("23221477.34"), d("50737526.62")));

    private static List<Checkpoint> quarterEnds(String share) {
        return List.of(new Checkpoint(6, d("50"), d(share), null), new Checkpoint(9, d("75"), d(share), null),
                new Checkpoint(11, d("90"), d(share), null));
    }

    @Test
    void eachCheckpointLosesPointsPerPercentageShort() {
        // 支出进度（3分）：6月底、9月底、11月底支出进度分别达到50%、75%、90%（以年初预算与调整预算之和为基数）的，每个节点
        // 得1分；未达到的，每低1个百分点扣0.1分，扣完为止。 48% → 1 − 2 × 0.1 = 0.8；76% → 1；85% → 1 − 5 × 0.1 = 0.5；合计 2.3.
        CheckpointRule rule = new CheckpointRule(d("1000000"), null, quarterEnds("1"), d("1"), d("0.1"), Steps.PARTIAL);

        RuleResult result = rule.apply(d("3"), with(UNIT));

        assertThat(result.score()).isEqualByComparingTo("2.30");
        assertThat(result.explanation()).isEqualTo("以年初预算与调整预算之和1,000,000元为基数："
                + "6月底累计支出480,000元，支出进度48%，低于50% 2个百分点，每低1个百分点扣0.1分，扣0.2分，得0.8分；"
                + "9月底累计支出760,000元，支出进度76%，达到75%，得1分；"
                + "11月底累计支出850,000元，支出进度85%，低于90% 5个百分点，每低1个百分点扣0.1分，扣0.5分，得0.5分。各节点合计得2.3分。");
    }

    @Test
    void aMissedCheckpointEarnsNothingWithoutAStatedDeduction() {
        // 同上，但“未达到的，该节点不得分”： 0 + 1 + 0 = 1.
        CheckpointRule rule = new CheckpointRule(d("1000000"), null, quarterEnds("1"), null, null, null);

        RuleResult result = rule.apply(d("3"), with(UNIT));

        assertThat(result.score()).isEqualByComparingTo("1.00");
        assertThat(result.explanation()).contains("6月底累计支出480,000元，支出进度48%，未达到50%，该节点不得分；");
    }

    @Test
    void wholeStepsOnly() {
        // 支出进度（2分）：6月底达到40%、11月底达到85%的各得1分；每低5个百分点扣0.5分，不足5个百分点的不扣分。
        // 6月底 48% 达到 → 1；11月底 82%：低3个百分点，不足一档不扣 → 1；合计 2.
        MonthlyExecution lower = new MonthlyExecution(null, "元", d("1000000"), List.of(d("480000"), d("820000")), List.of(6, 11), null);
        CheckpointRule rule = new CheckpointRule(d("1000000"), "年初预算+调整预算", List.of(new Checkpoint(6, d("40"), d("1"), null),
                new Checkpoint(11, d("85"), d("1"), null)), d("5"), d("0.5"), Steps.WHOLE);

        RuleResult result = rule.apply(d("2"), with(lower));

        assertThat(result.score()).isEqualByComparingTo("2.00");
        assertThat(result.explanation()).contains("11月底累计支出820,000元，支出进度82%，低于85% 3个百分点，每低5个百分点扣0.5分（不足部分不扣分），扣0分，得1分。");
    }

    @Test
    void theWeihaiGeneralBudgetAgainstQuarterEndCheckpoints() {
        // 表10 measured on its own annual total: 6月 10.48%（短39.52）、9月 34.95%（短40.05）、11月 45.77%（短44.23）.
        // 每节点1分，每低1个百分点扣0.02分： 1 − 0.7904 = 0.21；1 − 0.801 = 0.20；1 − 0.8846 = 0.12；合计 0.53.
        CheckpointRule rule = new CheckpointRule(d("50737526.62"), "全年决算数", quarterEnds("1"), d("1"), d("0.02"), Steps.PARTIAL);

        RuleResult result = rule.apply(d("3"), with(WEIHAI));

        assertThat(result.score()).isEqualByComparingTo("0.53");
        assertThat(result.explanation()).contains("6月底累计支出5,317,129.08元，支出进度10.48%", "9月底累计支出17,733,056.88元，支出进度34.95%",
                "11月底累计支出23,221,477.34元，支出进度45.77%");
    }

    @Test
    void theSpendingWrittenOnTheCheckpointNeedsNoMonthlyTable() {
        // 6月底支出进度达到45%的得2分，未达到的不得分（报告写明：截至6月底支出950万元，基数2,000万元）。 47.5% → 2.
        CheckpointRule rule = new CheckpointRule(d("2000"), null, List.of(new Checkpoint(6, d("45"), d("2"), d("950"))), null, null, null);

        RuleResult result = rule.apply(d("2"), with(null));

        assertThat(result.score()).isEqualByComparingTo("2.00");
        assertThat(result.explanation()).isEqualTo("以年初预算与调整预算之和2,000为基数：6月底累计支出950，支出进度47.5%，达到45%，得2分。");
    }

    @Test
    void aMonthNotGivenLeavesTheLeafUnscored() {
        // 7—12月 only: June is missing, not taken from another month.
        MonthlyExecution secondHalf = new MonthlyExecution(null, "元", d("1000000"),
                List.of(d("560000"), d("640000"), d("760000"), d("800000"), d("850000"), d("1000000")), List.of(7, 8, 9, 10, 11, 12), null);
        CheckpointRule rule = new CheckpointRule(d("1000000"), null, quarterEnds("1"), null, null, null);

        RuleResult result = rule.apply(d("3"), with(secondHalf));

        assertThat(result.score()).isEqualByComparingTo("0.00");
        assertThat(result.explanation()).isEqualTo("尚未评分：待填写6月底的累计支出数，暂按 0 分计。");
        assertThat(rule.missingMonths(secondHalf)).containsExactly(6);
    }

    @Test
    void checkpointsOutOfOrderOrWithoutABaseAreRefused() {
        assertThatThrownBy(() -> new CheckpointRule(d("100"), null, List.of(new Checkpoint(9, d("75"), d("1"), null),
                new Checkpoint(6, d("50"), d("1"), null)), null, null, null)).hasMessageContaining("9月之后是6月");
        assertThatThrownBy(() -> new CheckpointRule(d("0"), null, quarterEnds("1"), null, null, null)).hasMessageContaining("基数 base 应大于 0");
        assertThatThrownBy(() -> new CheckpointRule(d("100"), null, quarterEnds("1"), d("1"), null, null)).hasMessageContaining("同时给出 per");
    }
}
