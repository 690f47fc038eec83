package org.jixiao.core.selfeval;

import java.math.BigDecimal;

import org.jixiao.core.targets.TargetAssessment;

/**
 * An indicator row scored by the self-evaluation rules, with the unit's own score kept beside it (never over it). The
 * sentence explaining the score is written only when asked for: a batch of 100,000 tables needs it for a few rows.
 *
 * @param met               whether the target was met (a qualitative target: fully achieved); null when the row cannot be
 *                          checked
 * @param completionPercent actual ÷ target × 100 for ≥/＞ targets with a non-zero target; null otherwise
 * @param computed          the score the rules give (2 decimals); for a row that cannot be checked, the unit's own score
 *                          (the rules cannot say otherwise), or 0 when that is blank too
 * @param recorded          the 得分 the unit filled in; null when blank
 */
public record IndicatorScore(int index, IndicatorRow row, Boolean met, BigDecimal completionPercent, BigDecimal computed,
        BigDecimal recorded) {

    /** The score that counts in the unit's own total: the recorded one when filled, else the computed one. */
    public BigDecimal effectiveRecorded() {
        return recorded != null ? recorded : computed;
    }

    /** True when the rules recomputed the score (the row could be read). */
    public boolean checked() {
        return row.checkable();
    }

    /** True when the target was not met (quantitative) or not fully achieved (qualitative); false when met or unknown. */
    public boolean unmet() {
        return checked() && Boolean.FALSE.equals(met);
    }

    /** Completed far beyond plan (domain §10: ≥ 150% by default) — "指标值设置过于保守". */
    public boolean exceedsBy(BigDecimal thresholdPercent) {
        return completionPercent != null && completionPercent.compareTo(thresholdPercent) >= 0;
    }

    /** How far the target was met, in words; null when the row cannot be checked. */
    public TargetAssessment assessment() {
        return checked() ? TargetAssessment.of(row.target()) : null;
    }

    /** How the computed score was reached, in Chinese. */
    public String explanation() {
        return SelfEvalScorer.explain(this);
    }
}
