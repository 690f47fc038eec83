package org.jixiao.core.targets;

import java.math.BigDecimal;

import org.jixiao.core.number.ChineseNumbers;
import org.jixiao.core.number.Decimals;

/**
 * Whether a target was met and how far (domain §6): for ≥ and ＞ the completion rate is actual ÷ target; for ≤, = and
 * ＜ the target is met or not; for qualitative targets the evaluator's verdict decides.
 *
 * @param met               null when no actual value was reported
 * @param completionPercent actual ÷ target × 100 (2 decimals) for ≥/＞ targets with a non-zero target; null otherwise
 * @param fraction          the share of the points a proportional rule awards, in [0, 1]
 */
public record TargetAssessment(Target target, Boolean met, BigDecimal completionPercent, BigDecimal fraction, String sentence) {

    public static TargetAssessment of(Target target) {
        if (!target.hasActual()) {
            return new TargetAssessment(target, null, null, BigDecimal.ZERO,
                    "“" + target.name() + "”目标值" + target.printedTarget() + "，未填报实际完成值");
        }
        if (!target.operator().isQuantitative()) {
            QualitativeResult result = target.actualResult();
            return new TargetAssessment(target, result == QualitativeResult.DONE, null, result.fraction(),
                    "“" + target.name() + "”目标为" + target.printedTarget() + "，实际" + result.label());
        }
        BigDecimal value = target.value();
        BigDecimal actual = target.actual();
        boolean met = switch (target.operator()) {
            case AT_LEAST -> actual.compareTo(value) >= 0;
            case GREATER -> actual.compareTo(value) > 0;
            case AT_MOST -> actual.compareTo(value) <= 0;
            case LESS -> actual.compareTo(value) < 0;
            case EQUAL -> actual.compareTo(value) == 0;
            case QUALITATIVE -> throw new IllegalStateException("unreachable");
        };
        BigDecimal completion = null;
        if (target.operator().isHigherBetter() && value.signum() != 0) {
            completion = Decimals.percent(actual, value);
        }
        BigDecimal fraction = met ? BigDecimal.ONE : partialFraction(target);
        StringBuilder sentence = new StringBuilder()
                .append("“").append(target.name()).append("”目标值").append(target.printedTarget())
                .append("，实际完成").append(target.printedActual().orElseThrow());
        if (completion != null) {
            sentence.append("，完成率").append(ChineseNumbers.plainPercent(completion));
        }
        sentence.append(met ? "，目标已完成" : "，目标未完成");
        return new TargetAssessment(target, met, completion, fraction, sentence.toString());
    }

    /** Proportional credit for a missed quantitative target: actual ÷ target for ≥, target ÷ actual for ≤, else 0. */
    private static BigDecimal partialFraction(Target target) {
        BigDecimal value = target.value();
        BigDecimal actual = target.actual();
        BigDecimal fraction;
        if (target.operator().isHigherBetter()) {
            fraction = value.signum() > 0 && actual.signum() > 0 ? Decimals.divide(actual, value) : BigDecimal.ZERO;
        } else if (target.operator() == Operator.AT_MOST || target.operator() == Operator.LESS) {
            fraction = actual.signum() > 0 && value.signum() > 0 ? Decimals.divide(value, actual) : BigDecimal.ZERO;
        } else {
            fraction = BigDecimal.ZERO;
        }
        // a missed target never earns full credit: ＞/＜ targets missed exactly at the boundary give ratio 1 → 0
        return fraction.compareTo(BigDecimal.ONE) >= 0 ? BigDecimal.ZERO : Decimals.max(fraction, BigDecimal.ZERO);
    }

    /** Completed far beyond plan (domain §10: ≥ 150% by default) — "指标值设置过于保守". */
    public boolean exceedsBy(BigDecimal thresholdPercent) {
        return completionPercent != null && completionPercent.compareTo(thresholdPercent) >= 0;
    }
}
