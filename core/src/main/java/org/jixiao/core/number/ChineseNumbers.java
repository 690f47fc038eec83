package org.jixiao.core.number;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Renders numbers the way the real documents print them. Tables print fixed decimals ({@code 32.00},
 * {@code 7,490.64}); running text drops trailing zeros ({@code 该指标分值 2 分，评价得分 1.5 分，得分率 75%}).
 */
public final class ChineseNumbers {
    private ChineseNumbers() {}

    /** Fixed 2 decimals, no grouping: scores and weights in tables ({@code 24.28}, {@code 100.00}). */
    public static String fixed2(BigDecimal value) {
        return Decimals.round2(value).toPlainString();
    }

    /** Fixed 2 decimals with thousands separators: money in tables ({@code 7,490.64}). */
    public static String amount(BigDecimal value) {
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value);
    }

    /** Percentage with 2 decimals: {@code 75.88%}. The argument is already in percent. */
    public static String percent(BigDecimal percent) {
        return fixed2(percent) + "%";
    }

    /** Running-text style: at most 2 decimals, trailing zeros dropped ({@code 1.5}, {@code 2}, {@code 0.38}). */
    public static String plain(BigDecimal value) {
        BigDecimal rounded = Decimals.round2(value).stripTrailingZeros();
        if (rounded.scale() < 0) {
            rounded = rounded.setScale(0);
        }
        return rounded.toPlainString();
    }

    /** Running-text money: thousands separators, trailing zeros dropped ({@code 9,738.4}, {@code 1,670}). */
    public static String plainAmount(BigDecimal value) {
        DecimalFormat format = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT));
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value);
    }

    /** Running-text percentage: {@code 75%}, {@code 66.67%}. */
    public static String plainPercent(BigDecimal percent) {
        return plain(percent) + "%";
    }
}
