package org.jixiao.app.corpus;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Pattern;

/** Numbers as the generated documents print them, and the regular expressions a truth row uses to find them. */
final class Num {
    static final BigDecimal HUNDRED = new BigDecimal("100");

    private Num() {}

    static BigDecimal d(String text) {
        return new BigDecimal(text);
    }

    static BigDecimal two(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP);
    }

    /** Percentage {@code part ÷ whole × 100}, HALF_UP to 2 decimals. */
    static BigDecimal rate(BigDecimal part, BigDecimal whole) {
        return part.multiply(HUNDRED).divide(whole, 2, RoundingMode.HALF_UP);
    }

    /** {@code 1.70}, {@code 10.00}. */
    static String fixed(BigDecimal value) {
        return two(value).toPlainString();
    }

    /** Trailing zeros dropped: {@code 1.7}, {@code 10}, {@code 0}. */
    static String trim(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.signum() == 0 ? "0" : stripped.scale() < 0 ? stripped.setScale(0).toPlainString() : stripped.toPlainString();
    }

    /** Money in 万元 with thousands separators and 2 decimals: {@code 10,039.31}. */
    static String money(BigDecimal value) {
        return group(fixed(value));
    }

    /** Money with separators and trailing zeros dropped: {@code 9,738.4}. */
    static String moneyTrim(BigDecimal value) {
        return group(trim(value));
    }

    private static String group(String plain) {
        boolean negative = plain.startsWith("-");
        String digits = negative ? plain.substring(1) : plain;
        int dot = digits.indexOf('.');
        String integer = dot < 0 ? digits : digits.substring(0, dot);
        String fraction = dot < 0 ? "" : digits.substring(dot);
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < integer.length(); i++) {
            if (i > 0 && (integer.length() - i) % 3 == 0) {
                grouped.append(',');
            }
            grouped.append(integer.charAt(i));
        }
        return (negative ? "-" : "") + grouped + fraction;
    }

    /**
     * A regular expression (the subset Java and Python read alike) that finds {@code value} however it is printed:
     * with or without trailing zeros ({@code 10}, {@code 10.00}), with or without thousands separators, as a whole
     * number and not as part of a longer one ({@code 7.35} does not match {@code 17.35} or {@code 7.358}).
     */
    static String rx(BigDecimal value) {
        BigDecimal abs = value.abs().stripTrailingZeros();
        String plain = abs.scale() < 0 ? abs.setScale(0).toPlainString() : abs.toPlainString();
        int dot = plain.indexOf('.');
        String integer = dot < 0 ? plain : plain.substring(0, dot);
        String fraction = dot < 0 ? "" : plain.substring(dot + 1);
        StringBuilder rx = new StringBuilder("(?<![0-9.,])");
        for (int i = 0; i < integer.length(); i++) {
            if (i > 0 && (integer.length() - i) % 3 == 0) {
                rx.append(",?");
            }
            rx.append(integer.charAt(i));
        }
        rx.append(fraction.isEmpty() ? "(?:\\.0+)?" : "\\." + fraction + "0*");
        rx.append("(?![0-9]|\\.[0-9])");
        return rx.toString();
    }

    /** A literal piece of text as a regular expression. */
    static String lit(String text) {
        StringBuilder rx = new StringBuilder();
        for (char c : text.toCharArray()) {
            if ("\\.[]{}()*+?^$|".indexOf(c) >= 0) {
                rx.append('\\');
            }
            rx.append(c);
        }
        return rx.toString();
    }

    /**
     * A literal piece of text, allowing white space between its characters: text taken from a PDF has spaces between
     * Chinese characters and digits ("4 个良") and line breaks anywhere in a sentence.
     */
    static String loose(String text) {
        StringBuilder rx = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            if (i > 0) {
                rx.append("\\s*");
            }
            rx.append(lit(String.valueOf(text.charAt(i))));
        }
        return rx.toString();
    }

    /** Every number printed in a text, as values (thousands separators removed), for choosing figures that are unique. */
    static java.util.Set<BigDecimal> numbersIn(String text) {
        java.util.Set<BigDecimal> values = new java.util.HashSet<>();
        var matcher = NUMBER.matcher(text);
        while (matcher.find()) {
            values.add(new BigDecimal(matcher.group().replace(",", "")).stripTrailingZeros());
        }
        return values;
    }

    private static final Pattern NUMBER = Pattern.compile("[0-9][0-9,]*(?:\\.[0-9]+)?");
}
