package org.jixiao.core.selfeval;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.jixiao.core.review.Severity;
import org.jixiao.core.review.Tolerance;

/**
 * Whether a printed figure agrees with its exact value at the precision it is printed with. Real tables print scores as
 * integers (9 for 8.62, 9 for 9.8) or with one decimal, and both round and truncate: a printed figure that the exact
 * value rounds or truncates to is a note on precision, not an error; one unit off in the last of two printed decimals is
 * rounding (domain §10); anything else is an error.
 */
public final class Agreement {
    private Agreement() {}

    public enum Kind {
        /** The same at the printed precision. */
        EQUAL,
        /** Printed with fewer decimals than the value has, rounded or truncated to it. */
        PRECISION,
        /** One unit off in the last printed digit. */
        ROUNDING,
        MISMATCH
    }

    public static Kind of(BigDecimal printed, BigDecimal exact) {
        if (exact.setScale(2, RoundingMode.HALF_UP).compareTo(printed) == 0) {
            return Kind.EQUAL; // 10 for 9.996: the same figure at the two decimals documents use
        }
        int scale = Math.max(printed.scale(), 0);
        boolean exactFits = exact.stripTrailingZeros().scale() <= scale;
        if (exact.setScale(scale, RoundingMode.HALF_UP).compareTo(printed) == 0) {
            return exactFits || scale >= 2 ? Kind.EQUAL : Kind.PRECISION;
        }
        if (exact.setScale(scale, RoundingMode.DOWN).compareTo(printed) == 0) {
            return scale >= 2 ? Kind.ROUNDING : Kind.PRECISION;
        }
        if (scale >= 1 && Tolerance.compare(printed, exact) != Tolerance.Match.MISMATCH) {
            return Kind.ROUNDING;
        }
        return Kind.MISMATCH;
    }

    /** No finding (null) when equal, a note (INFO) for precision and rounding, an error otherwise. */
    public static Severity severity(BigDecimal printed, BigDecimal exact) {
        return switch (of(printed, exact)) {
            case EQUAL -> null;
            case PRECISION, ROUNDING -> Severity.INFO;
            case MISMATCH -> Severity.ERROR;
        };
    }

    /** What a note says about the difference, in Chinese. */
    public static String noteOf(BigDecimal printed, BigDecimal exact) {
        return switch (of(printed, exact)) {
            case PRECISION -> printed.scale() <= 0 ? "按整数填报，与精确值一致" : "按 " + printed.scale() + " 位小数填报，与精确值一致";
            case ROUNDING -> "相差最后一位，属舍入差异";
            default -> "";
        };
    }
}
