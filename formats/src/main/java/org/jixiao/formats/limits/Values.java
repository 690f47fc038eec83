package org.jixiao.formats.limits;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The values outside input may carry, checked the same way whatever stores them later (H2 accepts a NUL character that
 * PostgreSQL refuses; a number such as {@code 1e999999999} parses but no computation can use it):
 * <ul>
 * <li>text holds no control characters other than tab, line feed and carriage return;</li>
 * <li>a number has at most {@value #MAX_INTEGER_DIGITS} digits before the decimal point and at most
 * {@value #MAX_DECIMALS} after it (a budget in 元 of a trillion has 13), and is finite.</li>
 * </ul>
 */
public final class Values {
    public static final int MAX_INTEGER_DIGITS = 15;
    public static final int MAX_DECIMALS = 15;

    private Values() {}

    /** Why the text cannot be accepted, or {@code null}: the first control character, by its code. */
    public static String textProblem(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7f) {
                return String.format("含有不允许的控制字符 U+%04X（第 %d 个字符）", (int) c, i + 1);
            }
        }
        return null;
    }

    /** Why the number cannot be accepted, or {@code null}. */
    public static String numberProblem(BigDecimal number) {
        if (number.precision() - number.scale() > MAX_INTEGER_DIGITS) {
            return "数值超出可处理的范围：整数部分最多 " + MAX_INTEGER_DIGITS + " 位";
        }
        if (number.scale() > MAX_DECIMALS && number.stripTrailingZeros().scale() > MAX_DECIMALS) {
            return "数值的小数位数过多：最多 " + MAX_DECIMALS + " 位";
        }
        return null;
    }

    /** The same for a binary floating-point number (a JSON number read as double). */
    public static String numberProblem(double number) {
        if (!Double.isFinite(number)) {
            return "数值超出可处理的范围：整数部分最多 " + MAX_INTEGER_DIGITS + " 位";
        }
        return numberProblem(BigDecimal.valueOf(number));
    }

    /** A value of a tree that cannot be accepted: its JSON pointer and why. */
    public record Problem(String pointer, String message) {}

    /** Every text (keys included) and number of the tree checked; the problems in document order. */
    public static List<Problem> problems(JsonNode tree) {
        List<Problem> problems = new ArrayList<>();
        walk(tree, "", (pointer, message) -> problems.add(new Problem(pointer, message)));
        return problems;
    }

    private static void walk(JsonNode node, String pointer, BiConsumer<String, String> problems) {
        if (node == null) {
            return;
        }
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext();) {
                Map.Entry<String, JsonNode> field = fields.next();
                String child = pointer + "/" + field.getKey().replace("~", "~0").replace("/", "~1");
                String keyProblem = textProblem(field.getKey());
                if (keyProblem != null) {
                    problems.accept(child, "字段名" + keyProblem);
                }
                walk(field.getValue(), child, problems);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), pointer + "/" + i, problems);
            }
        } else if (node.isTextual()) {
            String problem = textProblem(node.textValue());
            if (problem != null) {
                problems.accept(pointer, problem);
            }
        } else if (node.isNumber()) {
            String problem = node.isFloat() || node.isDouble() ? numberProblem(node.doubleValue())
                    : node.isBigDecimal() ? numberProblem(node.decimalValue()) : numberProblem(new BigDecimal(node.bigIntegerValue()));
            if (problem != null) {
                problems.accept(pointer, problem + "，实际为 " + shown(node));
            }
        }
    }

    private static String shown(JsonNode number) {
        String text = number.isBigDecimal() ? number.decimalValue().toString() : number.asText();
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }
}
