package org.jixiao.core.selfeval;

import java.math.BigDecimal;

import org.jixiao.core.targets.TargetAssessment;

/**
 * An indicator row scored by the self-evaluation rules, with the unit's own score kept beside it (never over it).
 *
 * @param assessment  how far the target was met; null when the row cannot be checked
 * @param computed    the score the rules give (2 decimals); for a row that cannot be checked, the unit's own score (the
 *                    rules cannot say otherwise), or 0 when that is blank too
 * @param recorded    the 得分 the unit filled in; null when blank
 * @param explanation how the computed score was reached, in Chinese
 */
public record IndicatorScore(int index, IndicatorRow row, TargetAssessment assessment, BigDecimal computed, BigDecimal recorded,
        String explanation) {

    /** The score that counts in the unit's own total: the recorded one when filled, else the computed one. */
    public BigDecimal effectiveRecorded() {
        return recorded != null ? recorded : computed;
    }

    /** True when the rules recomputed the score (the row could be read). */
    public boolean checked() {
        return assessment != null;
    }

    /** True when the target was not met (quantitative) or not fully achieved (qualitative); false when met or unknown. */
    public boolean unmet() {
        return assessment != null && Boolean.FALSE.equals(assessment.met());
    }
}
