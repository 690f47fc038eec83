package org.jixiao.core.scoring;

import static org.jixiao.core.scoring.Rules.n;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.jixiao.core.number.Decimals;

/**
 * Full points while the measured value stays within the threshold; {@code points} off for every {@code per} units beyond
 * it, never below 0. E.g. 在职人员控制率 ≤ 100% full, each point over −0.1. Partial steps count proportionally unless
 * {@link Steps#WHOLE} (“每下降5个百分点扣0.2分” where 7 points down is one step); {@code maxDeduction} caps the total
 * (“最多扣1分”).
 */
public record LinearDeductionRule(Measure measure, BigDecimal threshold, Direction direction, BigDecimal per, BigDecimal points,
        Steps steps, BigDecimal maxDeduction) implements ScoringRule {

    /** Whether a part of a step costs its share of the points or nothing. */
    public enum Steps {
        PARTIAL("partial"),
        WHOLE("whole");

        private final String key;

        Steps(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    public LinearDeductionRule(Measure measure, BigDecimal threshold, Direction direction, BigDecimal per, BigDecimal points) {
        this(measure, threshold, direction, per, points, Steps.PARTIAL, null);
    }

    public enum Direction {
        /** Deduct when the value is above the threshold (控制率, 变动率). */
        ABOVE("above", "高于", "不高于"),
        /** Deduct when the value is below the threshold. */
        BELOW("below", "低于", "不低于");

        private final String key;
        private final String beyond;
        private final String within;

        Direction(String key, String beyond, String within) {
            this.key = key;
            this.beyond = beyond;
            this.within = within;
        }

        public String key() {
            return key;
        }
    }

    public LinearDeductionRule {
        per = per == null ? BigDecimal.ONE : per;
        direction = direction == null ? Direction.ABOVE : direction;
        steps = steps == null ? Steps.PARTIAL : steps;
        if (per.signum() <= 0) {
            throw new IllegalArgumentException("扣分步长 per 必须大于 0");
        }
    }

    @Override
    public org.jixiao.core.ratio.RatioId ratioInput() {
        return measure.ratio();
    }

    @Override
    public String kind() {
        return "linear_deduction";
    }

    @Override
    public String label() {
        return "超标准按比例扣分";
    }

    @Override
    public RuleResult apply(BigDecimal weight, RuleContext context) {
        Measure.Resolved value = measure.resolve(context);
        BigDecimal excess = direction == Direction.ABOVE ? value.value().subtract(threshold) : threshold.subtract(value.value());
        String standard = n(threshold) + value.unit();
        if (excess.signum() <= 0) {
            return new RuleResult(Rules.bounded(weight, weight), value.describe() + "，" + direction.within + standard + "，得满分" + n(weight) + "分。");
        }
        BigDecimal stepCount = steps == Steps.WHOLE
                ? excess.divide(per, 0, RoundingMode.DOWN)
                : excess.divide(per, Decimals.QUOTIENT_SCALE, RoundingMode.HALF_UP);
        BigDecimal deduction = stepCount.multiply(points);
        String capNote = "";
        if (maxDeduction != null && deduction.compareTo(maxDeduction) > 0) {
            deduction = maxDeduction;
            capNote = "（最多扣" + n(maxDeduction) + "分）";
        }
        BigDecimal score = Rules.bounded(weight.subtract(deduction), weight);
        // the partial-step sentence keeps its established wording (每高于1%扣0.1分); whole steps speak of 个百分点
        String diffUnit = steps == Steps.WHOLE ? Rules.differenceUnit(value.unit()) : value.unit();
        String rate = "每" + direction.beyond + n(per) + diffUnit + "扣" + n(points) + "分";
        String counted = steps == Steps.WHOLE
                ? (rate + "（不足" + n(per) + diffUnit + "的部分不扣分），计" + stepCount.toPlainString() + "档")
                : rate;
        return new RuleResult(score, value.describe() + "，" + direction.beyond + standard + " " + n(excess) + diffUnit
                + "，" + counted + "，扣" + n(Decimals.min(deduction, weight)) + "分" + capNote + "，得" + n(score) + "分。");
    }
}
