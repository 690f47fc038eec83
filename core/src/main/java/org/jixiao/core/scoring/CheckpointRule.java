package org.jixiao.core.scoring;

import static org.jixiao.core.scoring.Rules.n;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.jixiao.core.number.ChineseNumbers;
import org.jixiao.core.number.Decimals;
import org.jixiao.core.ratio.MonthlyExecution;

/**
 * 时间节点支出进度 (quarter-end checkpoints): “6月底、9月底、11月底支出进度分别达到50%、75%、90%（以年初预算与年中调整
 * 预算之和为基数）的，每个节点得1分；未达到的，每低1个百分点扣0.1分，扣完为止”. Each checkpoint carries its own share of
 * the weight; its progress is the cumulative spending at the end of its month (from {@code monthly_execution}, or written
 * on the checkpoint) ÷ the base, in % rounded to 2 decimals as printed. A checkpoint reached earns its share; one missed
 * earns nothing, or — with {@code per} and {@code points} — its share minus {@code points} for each {@code per} points
 * short (whole or partial steps), never below 0. The leaf's score is the sum of the checkpoints' rounded scores.
 *
 * @param base      年初预算 + 调整预算, in the unit of the monthly table
 * @param baseLabel how the report names the base
 */
public record CheckpointRule(BigDecimal base, String baseLabel, List<Checkpoint> checkpoints, BigDecimal per, BigDecimal points,
        LinearDeductionRule.Steps steps) implements ScoringRule {

    /**
     * @param month    the checkpoint's month (6 = 6月底)
     * @param min      the progress to reach, in %
     * @param share    the checkpoint's share of the weight
     * @param executed the cumulative spending at the end of the month when the report states it; otherwise read from the
     *                 monthly execution
     */
    public record Checkpoint(int month, BigDecimal min, BigDecimal share, BigDecimal executed) {
        public Checkpoint {
            if (month < 1 || month > 12) {
                throw new IllegalArgumentException("时间节点的月份应在 1—12 之间，实际为 " + month);
            }
            Objects.requireNonNull(min, "min");
            Objects.requireNonNull(share, "share");
        }
    }

    public CheckpointRule {
        Objects.requireNonNull(base, "base");
        if (base.signum() <= 0) {
            throw new IllegalArgumentException("支出进度的基数 base 应大于 0，实际为 " + base.toPlainString());
        }
        baseLabel = baseLabel == null || baseLabel.isBlank() ? "年初预算与调整预算之和" : baseLabel.strip();
        checkpoints = List.copyOf(checkpoints);
        if (checkpoints.isEmpty()) {
            throw new IllegalArgumentException("至少需要一个时间节点（checkpoints）");
        }
        for (int i = 1; i < checkpoints.size(); i++) {
            if (checkpoints.get(i).month() <= checkpoints.get(i - 1).month()) {
                throw new IllegalArgumentException("时间节点应按月份从早到晚排列且不重复：" + checkpoints.get(i - 1).month() + "月之后是"
                        + checkpoints.get(i).month() + "月");
            }
        }
        if ((per == null) != (points == null)) {
            throw new IllegalArgumentException("未达节点按步扣分需要同时给出 per（每低多少个百分点）和 points（扣多少分）");
        }
        if (per != null && per.signum() <= 0) {
            throw new IllegalArgumentException("扣分步长 per 必须大于 0");
        }
        steps = steps == null ? LinearDeductionRule.Steps.PARTIAL : steps;
    }

    @Override
    public String kind() {
        return "checkpoints";
    }

    @Override
    public String label() {
        return "时间节点支出进度计分";
    }

    /** The checkpoints' shares added up (must equal the leaf's weight). */
    public BigDecimal totalShare() {
        return checkpoints.stream().map(Checkpoint::share).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The cumulative spending a checkpoint is measured on, if known. */
    Optional<BigDecimal> executed(Checkpoint checkpoint, MonthlyExecution monthly) {
        if (checkpoint.executed() != null) {
            return Optional.of(checkpoint.executed());
        }
        return monthly == null ? Optional.empty() : monthly.cumulativeAt(checkpoint.month());
    }

    /** The months whose spending is neither written on the checkpoint nor in the monthly execution. */
    public List<Integer> missingMonths(MonthlyExecution monthly) {
        return checkpoints.stream().filter(c -> executed(c, monthly).isEmpty()).map(Checkpoint::month).toList();
    }

    @Override
    public RuleResult apply(BigDecimal weight, RuleContext context) {
        MonthlyExecution monthly = context.monthly();
        List<Integer> missing = missingMonths(monthly);
        if (!missing.isEmpty()) {
            return new RuleResult(BigDecimal.ZERO.setScale(2), "尚未评分：待填写" + String.join("、", missing.stream().map(m -> m + "月").toList())
                    + "底的累计支出数，暂按 0 分计。");
        }
        String unit = monthly == null ? "" : monthly.unit();
        StringBuilder text = new StringBuilder("以" + baseLabel + ChineseNumbers.plainAmount(base) + unit + "为基数：");
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 0; i < checkpoints.size(); i++) {
            Checkpoint c = checkpoints.get(i);
            BigDecimal executed = executed(c, monthly).orElseThrow();
            BigDecimal progress = Decimals.percent(executed, base);
            BigDecimal shortfall = c.min().subtract(progress);
            String head = c.month() + "月底累计支出" + ChineseNumbers.plainAmount(executed) + unit + "，支出进度"
                    + ChineseNumbers.plainPercent(progress);
            BigDecimal score;
            if (shortfall.signum() <= 0) {
                score = Rules.bounded(c.share(), c.share());
                text.append(head).append("，达到").append(n(c.min())).append("%，得").append(n(score)).append("分");
            } else if (per == null) {
                score = BigDecimal.ZERO.setScale(2);
                text.append(head).append("，未达到").append(n(c.min())).append("%，该节点不得分");
            } else {
                BigDecimal stepCount = steps == LinearDeductionRule.Steps.WHOLE
                        ? shortfall.divide(per, 0, RoundingMode.DOWN)
                        : shortfall.divide(per, Decimals.QUOTIENT_SCALE, RoundingMode.HALF_UP);
                BigDecimal deduction = stepCount.multiply(points);
                score = Rules.bounded(c.share().subtract(deduction), c.share());
                text.append(head).append("，低于").append(n(c.min())).append("% ").append(n(shortfall)).append("个百分点，每低")
                        .append(n(per)).append("个百分点扣").append(n(points)).append("分")
                        .append(steps == LinearDeductionRule.Steps.WHOLE ? "（不足部分不扣分）" : "")
                        .append("，扣").append(n(Decimals.min(Decimals.round2(deduction), c.share()))).append("分，得").append(n(score)).append("分");
            }
            total = total.add(score);
            text.append(i == checkpoints.size() - 1 ? "。" : "；");
        }
        BigDecimal score = Rules.bounded(total, weight);
        return new RuleResult(score, text + (checkpoints.size() > 1 ? "各节点合计得" + n(score) + "分。" : ""));
    }
}
