package org.jixiao.core.scoring;

import java.math.BigDecimal;

/**
 * How a leaf indicator turns data into a score (domain §4). The set of kinds is closed: each kind is a record in this
 * package, knows its dataset name, computes its score and explains it in the words of the reports.
 */
public sealed interface ScoringRule
        permits ProportionalRule, ExecutionRateRule, LinearDeductionRule, TiersRule, QualitativeRule, DeductionsRule, ManualRule,
        UnscoredRule, CompositeRule, RatioRule, DeviationRule, CombinedTiersRule, GradeAverageRule, RankRule, YearOnYearRule,
        GroupDeductionRule, CheckpointRule {

    /** The name of the kind in dataset files ({@code deductions}, {@code tiers} …). */
    String kind();

    /** The Chinese name of the kind, for people. */
    String label();

    /**
     * Scores a leaf of the given weight. The result lies in [0, weight] for every valid rule (see
     * {@link org.jixiao.core.validation.EvaluationValidator} for what valid means).
     */
    RuleResult apply(BigDecimal weight, RuleContext context);

    /** The standard ratio this rule measures, if any: without it (inputs missing) the leaf is not yet scored. */
    default org.jixiao.core.ratio.RatioId ratioInput() {
        return null;
    }
}
