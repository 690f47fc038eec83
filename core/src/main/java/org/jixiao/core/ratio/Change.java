package org.jixiao.core.ratio;

import java.math.BigDecimal;

import org.jixiao.core.number.Decimals;

/**
 * A change between two figures: the difference and the rate (本年 − 上年) ÷ 上年 — 环比增长率, 增长/下降, 预算调整率.
 *
 * @param ratePercent null when the base is 0
 */
public record Change(BigDecimal base, BigDecimal current, BigDecimal difference, BigDecimal ratePercent) {

    public static Change of(BigDecimal base, BigDecimal current) {
        BigDecimal difference = current.subtract(base);
        return new Change(base, current, difference, base.signum() == 0 ? null : Decimals.percent(difference, base));
    }

    /** 增加 / 减少 / 持平 for amounts. */
    public String direction() {
        return switch (difference.signum()) {
            case 1 -> "增加";
            case -1 -> "减少";
            default -> "持平";
        };
    }
}
