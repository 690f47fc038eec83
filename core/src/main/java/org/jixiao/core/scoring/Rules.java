package org.jixiao.core.scoring;

import java.math.BigDecimal;

import org.jixiao.core.number.ChineseNumbers;
import org.jixiao.core.number.Decimals;

/** Helpers shared by the rule kinds. */
final class Rules {
    private Rules() {}

    /** Round half-up to 2 decimals and keep within [0, weight] (rounding first, so it cannot push past the weight). */
    static BigDecimal bounded(BigDecimal raw, BigDecimal weight) {
        return Decimals.min(Decimals.max(Decimals.round2(raw), BigDecimal.ZERO.setScale(2)), weight.setScale(Math.max(2, weight.scale())));
    }

    static String n(BigDecimal value) {
        return ChineseNumbers.plain(value);
    }

    /** A difference of percentages is in 个百分点; of anything else, in its own unit. */
    static String differenceUnit(String unit) {
        return "%".equals(unit) ? "个百分点" : unit == null ? "" : unit;
    }

    static String pct(BigDecimal fraction) {
        return ChineseNumbers.plainPercent(fraction.multiply(Decimals.HUNDRED));
    }
}
