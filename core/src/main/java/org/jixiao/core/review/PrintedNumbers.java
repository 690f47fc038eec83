package org.jixiao.core.review;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads numbers the way documents print them: {@code 6,555.50}, {@code 99.10%}, {@code -50%}, {@code 0}. */
public final class PrintedNumbers {
    private static final Pattern NUMBER = Pattern.compile("^[-−－]?\\d{1,3}(,\\d{3})+(\\.\\d+)?$|^[-−－]?\\d+(\\.\\d+)?$");

    private PrintedNumbers() {}

    /** The number in a cell or token, or null when it is not a plain number (text, "——", "≥95%"). */
    public static BigDecimal parse(String printed) {
        if (printed == null) {
            return null;
        }
        String text = printed.strip().replace(" ", "");
        if (text.endsWith("%") || text.endsWith("％")) {
            text = text.substring(0, text.length() - 1);
        }
        if (!NUMBER.matcher(text).matches()) {
            return null;
        }
        return new BigDecimal(text.replace(",", "").replace('−', '-').replace('－', '-'));
    }

    public static boolean isPercent(String printed) {
        if (printed == null) {
            return false;
        }
        String text = printed.strip();
        return (text.endsWith("%") || text.endsWith("％")) && parse(text) != null;
    }

    /** Blank, dashes or "续上页": a cell that prints nothing. */
    public static boolean isEmpty(String printed) {
        if (printed == null) {
            return true;
        }
        String text = printed.strip();
        return text.isEmpty() || text.matches("[—–\\-－/、]+") || text.equals("续上页");
    }

    /** The first number in a text, or null. */
    public static BigDecimal first(String text) {
        Matcher matcher = Pattern.compile("-?\\d[\\d,]*(\\.\\d+)?").matcher(text);
        return matcher.find() ? parse(matcher.group()) : null;
    }
}
