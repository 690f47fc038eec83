package org.jixiao.core.review;

import java.math.BigDecimal;

/**
 * Real documents both round and truncate: a difference of one unit in the last printed digit (0.01 for a 2-decimal
 * figure) is rounding, not an error (domain §10).
 */
public final class Tolerance {
    private Tolerance() {}

    /** How a printed figure compares with its recomputed value. */
    public enum Match { EQUAL, ROUNDING, MISMATCH }

    /**
     * @param printed    the figure as printed, with its printed scale ({@code 99.99} has scale 2)
     * @param recomputed the exact or more precise recomputed value
     */
    public static Match compare(BigDecimal printed, BigDecimal recomputed) {
        BigDecimal unit = BigDecimal.ONE.movePointLeft(Math.max(printed.scale(), 0));
        BigDecimal difference = printed.subtract(recomputed).abs();
        if (difference.compareTo(unit.divide(BigDecimal.valueOf(2))) <= 0) {
            return Match.EQUAL;
        }
        return difference.compareTo(unit.add(unit.divide(BigDecimal.valueOf(2)))) <= 0 ? Match.ROUNDING : Match.MISMATCH;
    }

    /** The severity a difference deserves: none (null) when equal, INFO for rounding, ERROR otherwise. */
    public static Severity severityOf(BigDecimal printed, BigDecimal recomputed) {
        return switch (compare(printed, recomputed)) {
            case EQUAL -> null;
            case ROUNDING -> Severity.INFO;
            case MISMATCH -> Severity.ERROR;
        };
    }
}
