package org.jixiao.core.disclosure;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Amounts as the findings print them: in the unit of the table, with thousands separators and the printed decimals. */
final class Amounts {
    private Amounts() {}

    /** {@code 6,095.93} for a value in a table printing 2 decimals; at least {@code minScale} decimals, trailing zeros beyond dropped. */
    static String format(BigDecimal value, int minScale) {
        int scale = Math.max(0, minScale);
        BigDecimal stripped = value.stripTrailingZeros();
        int needed = Math.max(scale, Math.min(Math.max(stripped.scale(), 0), Math.max(scale, 4)));
        DecimalFormat format = new DecimalFormat("#,##0" + (needed > 0 ? "." + "0".repeat(scale) + "#".repeat(needed - scale) : ""),
                DecimalFormatSymbols.getInstance(Locale.ROOT));
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value);
    }

    /** A figure of a table in 元. */
    static BigDecimal yuan(Figure figure, Unit unit) {
        return figure.value().multiply(unit.inYuan());
    }

    /** One unit of the figure's last printed digit, in 元 (0.01 万元 = 100 元). */
    static BigDecimal lastDigitYuan(Figure figure, Unit unit) {
        return figure.lastDigit().multiply(unit.inYuan());
    }
}
