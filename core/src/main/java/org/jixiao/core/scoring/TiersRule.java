package org.jixiao.core.scoring;

import static org.jixiao.core.scoring.Rules.n;
import static org.jixiao.core.scoring.Rules.pct;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;

/**
 * Bands (分档) of the measured value map to a share of the weight or to fixed points: 预算执行率 ≥ 95% full, 90–95% 80%…
 * The tier with the highest {@code min} that the value reaches applies; below every tier the score is 0.
 */
public record TiersRule(Measure measure, List<Tier> tiers) implements ScoringRule {

    /** One band: from {@code min} (inclusive) upwards, either {@code fraction} of the weight or a fixed {@code score}. */
    public record Tier(BigDecimal min, BigDecimal fraction, BigDecimal score) {
        public Tier {
            if ((fraction == null) == (score == null)) {
                throw new IllegalArgumentException("each tier gives either a fraction or a score");
            }
        }

        BigDecimal points(BigDecimal weight) {
            return score != null ? score : weight.multiply(fraction);
        }
    }

    public TiersRule {
        if (tiers == null || tiers.isEmpty()) {
            throw new IllegalArgumentException("分档计分至少需要一个档次");
        }
        tiers = tiers.stream().sorted(Comparator.comparing(Tier::min).reversed()).toList();
    }

    @Override
    public org.jixiao.core.ratio.RatioId ratioInput() {
        return measure.ratio();
    }

    @Override
    public String kind() {
        return "tiers";
    }

    @Override
    public String label() {
        return "分档计分";
    }

    @Override
    public RuleResult apply(BigDecimal weight, RuleContext context) {
        Measure.Resolved value = measure.resolve(context);
        for (Tier tier : tiers) {
            if (value.value().compareTo(tier.min()) >= 0) {
                BigDecimal score = Rules.bounded(tier.points(weight), weight);
                String share = tier.fraction() != null ? "得分值的" + pct(tier.fraction()) + "，即" + n(score) + "分" : "得" + n(score) + "分";
                return new RuleResult(score, value.describe() + "，达到“≥" + n(tier.min()) + value.unit() + "”档，" + share + "。");
            }
        }
        Tier lowest = tiers.get(tiers.size() - 1);
        return new RuleResult(BigDecimal.ZERO.setScale(2), value.describe() + "，低于最低档“≥" + n(lowest.min()) + value.unit() + "”，不得分。");
    }
}
