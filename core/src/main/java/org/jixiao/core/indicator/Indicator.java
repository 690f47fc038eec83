package org.jixiao.core.indicator;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

import org.jixiao.core.ratio.RatioId;
import org.jixiao.core.scoring.ScoringRule;

/**
 * A node of an indicator system (指标体系): an inner node with children, or a leaf with a scoring rule. The evaluator's
 * prose (评分标准, evidence) stays with the indicator it belongs to.
 *
 * @param weight    分值
 * @param rule      the scoring rule of a leaf; null for inner nodes
 * @param standard  评分标准 (optional)
 * @param evidence  the evaluator's findings and evidence (optional)
 * @param ratio     a standard ratio this indicator is about, shown with its derivation (optional)
 * @param targetIds targets this indicator is evaluated on (optional; a proportional rule names its own)
 */
public record Indicator(
        String code,
        String name,
        BigDecimal weight,
        ScoringRule rule,
        List<Indicator> children,
        String standard,
        String evidence,
        String note,
        RatioId ratio,
        List<String> targetIds) {

    public Indicator {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(weight, "weight");
        children = children == null ? List.of() : List.copyOf(children);
        targetIds = targetIds == null ? List.of() : List.copyOf(targetIds);
    }

    public static Indicator leaf(String name, BigDecimal weight, ScoringRule rule) {
        return new Indicator(null, name, weight, rule, List.of(), null, null, null, null, List.of());
    }

    public static Indicator node(String name, BigDecimal weight, List<Indicator> children) {
        return new Indicator(null, name, weight, null, children, null, null, null, null, List.of());
    }

    public boolean isLeaf() {
        return children.isEmpty();
    }
}
