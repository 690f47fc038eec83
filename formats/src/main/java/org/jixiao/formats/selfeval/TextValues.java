package org.jixiao.formats.selfeval;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jixiao.core.targets.Operator;

/** Parses the texts users type in value cells: {@code ≥230家}, {@code ≤9万}, {@code 259家}, {@code 74.14%}. */
final class TextValues {
    private TextValues() {}

    private static final Pattern VALUE = Pattern.compile(
            "^\\s*(≥|>=|≧|≤|<=|≦|==|=|＝|>|＞|<|＜)?\\s*([-+]?\\d[\\d,]*(?:\\.\\d+)?)\\s*(.*?)\\s*$");
    private static final Pattern NUMBER = Pattern.compile("^\\s*[-+]?\\d[\\d,]*(?:\\.\\d+)?\\s*$");

    /** A parsed 年度指标值 or 实际完成值: operator (null when none was typed), number and unit. */
    record Value(Operator operator, BigDecimal number, String unit) {}

    /** @return the parsed quantity, or null when the text does not start with a number (a qualitative value) */
    static Value quantity(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = VALUE.matcher(text.replace('％', '%'));
        if (!m.matches()) {
            return null;
        }
        Operator operator = m.group(1) == null ? null : Operator.parse(m.group(1)).orElse(null);
        return new Value(operator, new BigDecimal(m.group(2).replace(",", "")), m.group(3));
    }

    /** A number typed as text ("410.71", "1,234.5"); null when the text is not a plain number. */
    static BigDecimal number(String text) {
        if (text == null || !NUMBER.matcher(text).matches()) {
            return null;
        }
        return new BigDecimal(text.strip().replace(",", ""));
    }
}
