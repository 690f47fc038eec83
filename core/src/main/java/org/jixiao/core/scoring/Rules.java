package org.jixiao.core.scoring;

import java.math.BigDecimal;

import org.jixiao.core.number.ChineseNumbers;
import org.jixiao.core.number.Decimals;

/** Helpers shared by the rule kinds. */
final class Rules {
    private Rules() {}

    /** Round half-up to 2 decimals and keep within [0, weight]. */
    static BigDecimal bounded(BigDecimal raw, BigDecimal weight) {
        return Decimals.round2(Decimals.min(Decimals.max(raw, BigDecimal.ZERO), weight));
    }

    static String n(BigDecimal value) {
        return ChineseNumbers.plain(value);
    }

    static String pct(BigDecimal fraction) {
        return ChineseNumbers.plainPercent(fraction.multiply(Decimals.HUNDRED));
    }
}
