package org.jixiao.core.scoring;

import static org.jixiao.core.scoring.Rules.n;

import java.math.BigDecimal;
import java.util.Objects;

/** The evaluator's own score with the written justification that every manual score must carry. */
public record ManualRule(BigDecimal score, String justification) implements ScoringRule {

    public ManualRule {
        Objects.requireNonNull(score, "score");
        justification = justification == null ? "" : justification.strip();
    }

    @Override
    public String kind() {
        return "manual";
    }

    @Override
    public String label() {
        return "评价人员评定";
    }

    @Override
    public RuleResult apply(BigDecimal weight, RuleContext context) {
        BigDecimal rounded = Rules.bounded(score, weight);
        return new RuleResult(rounded, "评价工作组评定得分" + n(rounded) + "分。理由：" + justification);
    }
}
