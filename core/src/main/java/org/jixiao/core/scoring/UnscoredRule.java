package org.jixiao.core.scoring;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A leaf whose rule kind is chosen but whose assessment has not been entered yet (未评分), as in an evaluation just
 * created from a template: a qualitative rating without level and score, a manual rule without score, a deductions rule
 * without its list of items, a tiers or linear-deduction rule without its measured value. It scores 0 until the
 * evaluator enters the inputs; the validator warns about every such leaf, so the total is never mistaken for a result.
 *
 * @param kind    the dataset name of the intended kind ({@code qualitative} …), kept so that editors offer its inputs
 * @param label   the Chinese name of that kind
 * @param missing what is still to be entered, in words (评定等级和得分)
 */
public record UnscoredRule(String kind, String label, String missing) implements ScoringRule {

    public UnscoredRule {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(missing, "missing");
    }

    @Override
    public RuleResult apply(BigDecimal weight, RuleContext context) {
        return new RuleResult(BigDecimal.ZERO.setScale(2), "尚未评分：待填写" + missing + "，暂按 0 分计。");
    }
}
