package org.jixiao.core.selfeval;

import java.math.BigDecimal;

/**
 * Thresholds of the self-evaluation review (domain §10).
 *
 * @param conservativePercent a ≥ target completed at or beyond this percentage is flagged "指标值设置过于保守" (150)
 * @param lowExecutionPercent an execution rate below this with full output and outcome marks is flagged (60)
 * @param explainBelow        a total below this needs the written explanation (80)
 * @param blankIsError        a blank 得分, 总分 or 全年执行数 is an error (true): a published table must state them
 */
public record ReviewOptions(BigDecimal conservativePercent, BigDecimal lowExecutionPercent, BigDecimal explainBelow, boolean blankIsError) {
    public static ReviewOptions standard() {
        return new ReviewOptions(BigDecimal.valueOf(150), BigDecimal.valueOf(60), BigDecimal.valueOf(80), true);
    }

    public ReviewOptions(BigDecimal conservativePercent, BigDecimal lowExecutionPercent, BigDecimal explainBelow) {
        this(conservativePercent, lowExecutionPercent, explainBelow, true);
    }
}
