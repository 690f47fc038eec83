package org.jixiao.core.scoring;

import static org.jixiao.core.scoring.Rules.n;
import static org.jixiao.core.scoring.Rules.pct;

import java.math.BigDecimal;

/** What a band, floor or tier gives: a share of the weight ({@code fraction}, 0–1) or fixed points ({@code score}). */
public record Award(BigDecimal fraction, BigDecimal score) {

    public static final Award NOTHING = new Award(BigDecimal.ZERO, null);

    public Award {
        if ((fraction == null) == (score == null)) {
            throw new IllegalArgumentException("a band gives either a fraction or a score");
        }
    }

    BigDecimal points(BigDecimal weight) {
        return Rules.bounded(score != null ? score : weight.multiply(fraction), weight);
    }

    /** “得分值的80%，即1.6分” or “得1.5分” or “不得分”. */
    String describe(BigDecimal weight) {
        BigDecimal points = points(weight);
        if (points.signum() == 0) {
            return "不得分";
        }
        return fraction != null ? "得分值的" + pct(fraction) + "，即" + n(points) + "分" : "得" + n(points) + "分";
    }
}
