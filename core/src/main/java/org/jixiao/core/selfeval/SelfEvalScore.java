package org.jixiao.core.selfeval;

import java.math.BigDecimal;
import java.util.List;

/**
 * A self-evaluation table with every figure recomputed. The unit's printed figures stay on the table; the computed
 * ones are here, so both can be shown side by side.
 *
 * @param executionRate   B ÷ A in percent, 2 decimals, half-up (74.14); null when A or B is not given or A is 0
 * @param executionPoints 分值 × min(B ÷ A, 1), 2 decimals, half-up, from the unrounded quotient (7.41); 0 when the framework
 *                        gives the execution rate no points; when the rate cannot be computed, the unit's printed 得分 (or 0)
 * @param indicatorPoints Σ computed indicator scores
 * @param total           executionPoints + indicatorPoints
 * @param grade           grade of the computed total (by the table's own bands when it states them)
 * @param recordedTotal   the unit's 总分 (printed); null when blank
 */
public record SelfEvalScore(SelfEvalTable table, BigDecimal executionRate, BigDecimal executionPoints,
        List<IndicatorScore> indicators, BigDecimal indicatorPoints, BigDecimal total, String grade, BigDecimal recordedTotal) {

    public SelfEvalScore {
        indicators = List.copyOf(indicators);
    }

    /** Σ of the indicator scores as the unit recorded them (computed ones where the unit left 得分 blank). */
    public BigDecimal recordedIndicatorPoints() {
        BigDecimal sum = BigDecimal.ZERO;
        for (IndicatorScore score : indicators) {
            sum = sum.add(score.effectiveRecorded());
        }
        return sum;
    }

    /** Σ of the indicator weights (weights not given count 0). */
    public BigDecimal indicatorWeights() {
        BigDecimal sum = BigDecimal.ZERO;
        for (IndicatorScore score : indicators) {
            if (score.row().weight() != null) {
                sum = sum.add(score.row().weight());
            }
        }
        return sum;
    }

    /** True when every indicator row has a 分值. */
    public boolean allWeightsGiven() {
        return indicators.stream().allMatch(score -> score.row().weight() != null);
    }

    /** True when the execution rate could be computed from A and B. */
    public boolean executionComputed() {
        return executionRate != null;
    }
}
