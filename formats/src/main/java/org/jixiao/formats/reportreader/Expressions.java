package org.jixiao.formats.reportreader;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Arithmetic written out in a report: "9,738.4 ÷ 10,039.31 × 100% = 97.00%", "(10,039.31 − 7,490.64 − 1,995.84) ÷ 7,490.64
 * = 552.83 ÷ 7,490.64 = 7.38%", "10 ÷ 6 = 1.67". Each side made only of numbers and operators is evaluated exactly; words
 * ("支出决算 ÷ 调整后预算 =") are skipped.
 */
final class Expressions {
    /** An equation: operands and operators (numbers may carry a unit), then "=" and a number. */
    private static final Pattern EQUATION = Pattern.compile(
            "[(（]*\\s*-?\\d[\\d,]*(?:\\.\\d+)?\\s*(?:万元|亿元|元|个|人|家|项|分|%)?\\s*[)）]*"
                    + "(?:\\s*[+\\-−－–×*÷/]\\s*[(（]*\\s*-?\\d[\\d,]*(?:\\.\\d+)?\\s*(?:万元|亿元|元|个|人|家|项|分|%)?\\s*[)）]*)+"
                    + "(?:\\s*[=＝]\\s*[(（]*\\s*-?\\d[\\d,]*(?:\\.\\d+)?\\s*(?:万元|亿元|元|个|人|家|项|分)?\\s*[)）]*"
                    + "(?:\\s*[+\\-−－–×*÷/]\\s*[(（]*\\s*-?\\d[\\d,]*(?:\\.\\d+)?\\s*(?:万元|亿元|元|个|人|家|项|分|%)?\\s*[)）]*)*)+"
                    + "\\s*%?");

    /** One side that must equal the stated result. */
    record Stated(String expression, BigDecimal value, BigDecimal result, String printedResult, int start, int end, int scale) {}

    private Expressions() {}

    static List<Stated> find(String text) {
        List<Stated> found = new ArrayList<>();
        Matcher matcher = EQUATION.matcher(text);
        while (matcher.find()) {
            String equation = matcher.group().strip();
            String[] sides = equation.split("[=＝]");
            if (sides.length < 2) {
                continue;
            }
            String last = sides[sides.length - 1].strip();
            boolean percent = last.endsWith("%");
            BigDecimal result = Numbers.parse(last.replaceAll("(万元|亿元|元|个|人|家|项|分|%)$", "").replaceAll("[()（）]", ""));
            if (result == null) {
                continue;
            }
            // a date or a numbering ("2020-2022", "1-11月") is not arithmetic
            if (equation.matches(".*\\d{4}\\s*[-−－–]\\s*\\d{4}.*")) {
                continue;
            }
            for (int i = 0; i < sides.length - 1; i++) {
                String side = sides[i].strip();
                boolean hundred = side.matches(".*[×*]\\s*100\\s*%$");
                String bare = side.replaceAll("[×*]\\s*100\\s*%$", "");
                BigDecimal value = evaluate(bare);
                if (value == null) {
                    continue;
                }
                if (percent || hundred) {
                    value = value.multiply(BigDecimal.valueOf(100));
                }
                if (!side.matches(".*[+\\-−－–×*÷/].*")) {
                    continue;
                }
                found.add(new Stated(side, value, result, last, matcher.start(), matcher.end(), scale(bare)));
            }
        }
        return found;
    }

    /** Sums and differences are exact at their finest operand; with × or ÷ only the printed result's precision counts. */
    private static int scale(String expression) {
        if (expression.matches(".*[×*÷/%].*")) {
            return 0;
        }
        int scale = 0;
        Matcher number = Pattern.compile("\\d+(?:\\.(\\d+))?").matcher(expression);
        while (number.find()) {
            scale = Math.max(scale, number.group(1) == null ? 0 : number.group(1).length());
        }
        return scale;
    }

    /** Exact value of "a op b op c" with × ÷ before + −, parentheses; null when it is not such an expression. */
    static BigDecimal evaluate(String expression) {
        String text = expression.replaceAll("(万元|亿元|元|个|人|家|项|分)", "").replace('（', '(').replace('）', ')').replace('−', '-')
                .replace('－', '-').replace('–', '-').replace('×', '*').replace('÷', '/').replaceAll("\\s+", "");
        Parser parser = new Parser(text);
        try {
            BigDecimal value = parser.sum();
            return parser.at == text.length() ? value : null;
        } catch (ArithmeticException | NumberFormatException e) {
            return null;
        }
    }

    private static final class Parser {
        private final String text;
        int at;

        Parser(String text) {
            this.text = text;
        }

        BigDecimal sum() {
            BigDecimal value = product();
            while (at < text.length() && (text.charAt(at) == '+' || text.charAt(at) == '-')) {
                char op = text.charAt(at++);
                BigDecimal right = product();
                value = op == '+' ? value.add(right) : value.subtract(right);
            }
            return value;
        }

        BigDecimal product() {
            BigDecimal value = factor();
            while (at < text.length() && (text.charAt(at) == '*' || text.charAt(at) == '/')) {
                char op = text.charAt(at++);
                BigDecimal right = factor();
                value = op == '*' ? value.multiply(right) : value.divide(right, MathContext.DECIMAL64);
            }
            return value;
        }

        BigDecimal factor() {
            if (at < text.length() && text.charAt(at) == '(') {
                at++;
                BigDecimal value = sum();
                if (at >= text.length() || text.charAt(at) != ')') {
                    throw new NumberFormatException("unbalanced");
                }
                at++;
                return value;
            }
            int start = at;
            if (at < text.length() && text.charAt(at) == '-') {
                at++;
            }
            while (at < text.length() && (Character.isDigit(text.charAt(at)) || text.charAt(at) == '.' || text.charAt(at) == ',')) {
                at++;
            }
            BigDecimal value = new BigDecimal(text.substring(start, at).replace(",", ""));
            if (at < text.length() && text.charAt(at) == '%') {
                at++;
                value = value.divide(BigDecimal.valueOf(100));
            }
            return value;
        }
    }
}
