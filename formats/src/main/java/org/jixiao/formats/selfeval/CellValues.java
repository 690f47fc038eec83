package org.jixiao.formats.selfeval;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jixiao.core.selfeval.NotGiven;
import org.jixiao.core.targets.Operator;

/**
 * Reads the texts units write in value cells, as they write them: {@code ≥230家}, {@code ≧95%}, {@code ＞０}, {@code ═100%},
 * {@code 不低于90%}, {@code 95%以上}, {@code 10天以内}, {@code 259家}, {@code 74.14%}, {@code 1,234.5}, full-width digits and
 * signs. A placeholder (—, -, /, 无, ═, blank) is "not given", never 0.
 */
final class CellValues {
    private CellValues() {}

    /** Words and signs before a number, longest first, with the operator they mean. */
    private static final List<Object[]> PREFIXES = List.of(
            new Object[] {"大于或等于", Operator.AT_LEAST}, new Object[] {"大于等于", Operator.AT_LEAST}, new Object[] {"不低于", Operator.AT_LEAST},
            new Object[] {"不少于", Operator.AT_LEAST}, new Object[] {"不小于", Operator.AT_LEAST}, new Object[] {"至少", Operator.AT_LEAST},
            new Object[] {"小于或等于", Operator.AT_MOST}, new Object[] {"小于等于", Operator.AT_MOST}, new Object[] {"不高于", Operator.AT_MOST},
            new Object[] {"不超过", Operator.AT_MOST}, new Object[] {"不多于", Operator.AT_MOST}, new Object[] {"不大于", Operator.AT_MOST},
            new Object[] {"控制在", Operator.AT_MOST}, new Object[] {"大于", Operator.GREATER}, new Object[] {"高于", Operator.GREATER},
            new Object[] {"小于", Operator.LESS}, new Object[] {"低于", Operator.LESS}, new Object[] {"等于", Operator.EQUAL},
            new Object[] {">=", Operator.AT_LEAST}, new Object[] {"<=", Operator.AT_MOST}, new Object[] {"==", Operator.EQUAL},
            new Object[] {"≥", Operator.AT_LEAST}, new Object[] {"≧", Operator.AT_LEAST}, new Object[] {"⩾", Operator.AT_LEAST},
            new Object[] {"≤", Operator.AT_MOST}, new Object[] {"≦", Operator.AT_MOST}, new Object[] {"⩽", Operator.AT_MOST},
            new Object[] {">", Operator.GREATER}, new Object[] {"<", Operator.LESS},
            new Object[] {"=", Operator.EQUAL}, new Object[] {"═", Operator.EQUAL}, new Object[] {"〓", Operator.EQUAL});
    /** Words after a number ("95%以上", "10天以内"), with the operator they mean. */
    private static final List<Object[]> SUFFIXES = List.of(
            new Object[] {"及以上", Operator.AT_LEAST}, new Object[] {"以上", Operator.AT_LEAST}, new Object[] {"及以下", Operator.AT_MOST},
            new Object[] {"以下", Operator.AT_MOST}, new Object[] {"以内", Operator.AT_MOST}, new Object[] {"之内", Operator.AT_MOST});
    /** Units that may follow a score or an amount and mean nothing more ("10分", "410.71万元"). */
    private static final List<String> NUMBER_SUFFIXES = List.of("分", "万元", "万", "元");

    /** A parsed 年度指标值 or 实际完成值: operator (null when none was written), number and unit. */
    record Quantity(Operator operator, BigDecimal number, String unit) {}

    private static boolean isHalfWidth(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c <= ' ' || c >= '！' && c <= '～' || c == '\u3000' || c == '\u00a0' || Character.isWhitespace(c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9' || c >= '０' && c <= '９') {
                return true;
            }
        }
        return false;
    }

    /** True when the cell says "not given" (blank or a placeholder). */
    static boolean notGiven(String text) {
        return NotGiven.is(text);
    }

    /** Full-width digits, letters and signs as ASCII; spaces removed. */
    static String halfWidth(String text) {
        if (isHalfWidth(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '！' && c <= '～' && c != '（' && c != '）') {
                c = (char) (c - 0xFEE0);
            } else if (c == '\u3000' || c == '\u00a0' || Character.isWhitespace(c)) {
                continue;
            } else if (c == '．') {
                c = '.';
            }
            out.append(c);
        }
        return out.toString().replace('％', '%');
    }

    /**
     * @return the quantity, or null when the text is not one number with an optional operator and unit (a qualitative
     *         value such as 及时, or a range such as 90%-95%)
     */
    static Quantity quantity(String text) {
        if (text == null || !hasDigit(text)) {
            return null;
        }
        String t = halfWidth(text);
        Operator operator = null;
        char first = t.isEmpty() ? ' ' : t.charAt(0);
        for (Object[] prefix : first >= '0' && first <= '9' ? List.<Object[]>of() : PREFIXES) {
            if (t.startsWith((String) prefix[0])) {
                operator = (Operator) prefix[1];
                t = t.substring(((String) prefix[0]).length());
                break;
            }
        }
        for (Object[] suffix : t.isEmpty() || t.charAt(t.length() - 1) < 0x4e00 ? List.<Object[]>of() : SUFFIXES) {
            if (t.endsWith((String) suffix[0])) {
                if (operator != null) {
                    return null;
                }
                operator = (Operator) suffix[1];
                t = t.substring(0, t.length() - ((String) suffix[0]).length());
                break;
            }
        }
        int end = numberEnd(t);
        if (end < 0) {
            return null;
        }
        String unit = t.substring(end);
        if (unit.length() > 12 || hasDigit(unit) || unit.contains("-") || unit.contains("~") || unit.contains("至") || unit.equals("/")) {
            return null;
        }
        return new Quantity(operator, new BigDecimal(t.substring(0, end).replace(",", "")), unit);
    }

    /**
     * Where the number at the start of {@code t} ends ([-+]digits[,digits][.digits]); -1 when {@code t} does not start with
     * one. (A hand-written scan: this runs for every value cell of every table.)
     */
    private static int numberEnd(String t) {
        int i = 0;
        int n = t.length();
        if (i < n && (t.charAt(i) == '-' || t.charAt(i) == '+')) {
            i++;
        }
        int digits = i;
        while (i < n && (Character.isDigit(t.charAt(i)) && t.charAt(i) < 128 || t.charAt(i) == ',' && i > digits)) {
            i++;
        }
        if (i == digits || t.charAt(digits) == ',') {
            return -1;
        }
        if (i < n && t.charAt(i) == '.') {
            int dot = i++;
            while (i < n && t.charAt(i) >= '0' && t.charAt(i) <= '9') {
                i++;
            }
            if (i == dot + 1) {
                return -1;
            }
        }
        return t.charAt(i - 1) == ',' ? -1 : i;
    }

    /**
     * A number written in a number cell: "410.71", "1,234.5", "10分", "９.５"; keeps the printed decimals (scale). Null when
     * the text is not a number.
     */
    static BigDecimal number(String text) {
        if (text == null || !hasDigit(text)) {
            return null;
        }
        String t = halfWidth(text);
        for (String suffix : NUMBER_SUFFIXES) {
            if (t.endsWith(suffix)) {
                t = t.substring(0, t.length() - suffix.length());
                break;
            }
        }
        return numberEnd(t) == t.length() ? new BigDecimal(t.replace(",", "")) : null;
    }

    /** A rate written as text: "74.14%" → 74.14; "74.14" is read as a percentage too. Null when not a number. */
    static BigDecimal percent(String text) {
        if (text == null) {
            return null;
        }
        String t = halfWidth(text);
        if (t.endsWith("%")) {
            t = t.substring(0, t.length() - 1);
        }
        return numberEnd(t) == t.length() ? new BigDecimal(t.replace(",", "")) : null;
    }

    /** The weight a label carries: "产出指标（50分）" → 50; null when none. */
    static BigDecimal labelWeight(String label) {
        if (label == null || label.indexOf('分') < 0) {
            return null;
        }
        Matcher m = LABEL_WEIGHT.matcher(halfWidth(label == null ? "" : label));
        return m.find() ? new BigDecimal(m.group(1)) : null;
    }

    /** The label without its weight: "产出指标（50分）" → 产出指标. */
    static String withoutWeight(String label) {
        if (label == null || label.indexOf('分') < 0) {
            return label == null ? "" : label.strip();
        }
        return LABEL_WEIGHT_TEXT.matcher(label).replaceAll("").strip();
    }

    private static final Pattern LABEL_WEIGHT = Pattern.compile("[(（]\\s*(\\d+(?:\\.\\d+)?)\\s*分\\s*[)）]");
    private static final Pattern LABEL_WEIGHT_TEXT = Pattern.compile("[(（]\\s*[\\d０-９]+(?:[.．][\\d０-９]+)?\\s*分\\s*[)）]");
}
