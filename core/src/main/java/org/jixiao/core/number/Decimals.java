package org.jixiao.core.number;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** Exact arithmetic helpers. Every rounding in Jixiao goes through here so that the rule is visible in one place. */
public final class Decimals {
    /** Scale of intermediate quotients: far beyond any printed digit, so that only the final rounding matters. */
    public static final int QUOTIENT_SCALE = 12;
    public static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Decimals() {}

    /** Scores, amounts and percentages are printed with 2 decimals, half-up (domain §4). */
    public static BigDecimal round2(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP);
    }

    /** numerator ÷ denominator with a generous scale; the caller rounds the final result. */
    public static BigDecimal divide(BigDecimal numerator, BigDecimal denominator) {
        return numerator.divide(denominator, QUOTIENT_SCALE, RoundingMode.HALF_UP);
    }

    /** numerator ÷ denominator × 100, rounded to 2 decimals: how every rate in the documents is printed. */
    public static BigDecimal percent(BigDecimal numerator, BigDecimal denominator) {
        return round2(numerator.multiply(HUNDRED).divide(denominator, QUOTIENT_SCALE, RoundingMode.HALF_UP));
    }

    /** A percentage (97.00) as a fraction (0.97). */
    public static BigDecimal fraction(BigDecimal percent) {
        return percent.divide(HUNDRED, MathContext.DECIMAL128);
    }

    public static BigDecimal min(BigDecimal a, BigDecimal b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    public static BigDecimal max(BigDecimal a, BigDecimal b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    public static boolean isZero(BigDecimal value) {
        return value.signum() == 0;
    }
}
