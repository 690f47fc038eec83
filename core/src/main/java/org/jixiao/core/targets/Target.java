package org.jixiao.core.targets;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * A performance target (绩效指标) with its target value and, once evaluated, its actual value (domain §6).
 *
 * @param value       the target value for quantitative operators; null for qualitative targets
 * @param valueText   the target wording for qualitative targets (完成, 及时, 有效); null otherwise
 * @param actual      the actual value for quantitative targets; null when not yet reported or qualitative
 * @param actualResult the evaluator's verdict for qualitative targets
 */
public record Target(
        String id,
        String table,
        String duty,
        String goal,
        String category,
        String name,
        String explanation,
        Operator operator,
        BigDecimal value,
        String valueText,
        String unit,
        BigDecimal actual,
        QualitativeResult actualResult,
        String source) {

    public Target {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(operator, "operator");
        unit = unit == null ? "" : unit;
        if (operator.isQuantitative() && value == null) {
            throw new IllegalArgumentException("定量指标“" + name + "”缺少目标值");
        }
    }

    public static Target quantitative(String id, String name, Operator operator, BigDecimal value, String unit, BigDecimal actual) {
        return new Target(id, null, null, null, null, name, null, operator, value, null, unit, actual, null, null);
    }

    public static Target qualitative(String id, String name, String valueText, QualitativeResult actual) {
        return new Target(id, null, null, null, null, name, null, Operator.QUALITATIVE, null, valueText, "", null, actual, null);
    }

    public boolean hasActual() {
        return operator.isQuantitative() ? actual != null : actualResult != null;
    }

    /** The target as printed in a target table: {@code ≥10套}, {@code 0次}, {@code 及时}. */
    public String printedTarget() {
        if (!operator.isQuantitative()) {
            return valueText == null ? "定性" : valueText;
        }
        String symbol = operator == Operator.EQUAL ? "" : operator.symbol();
        return symbol + plain(value) + unit;
    }

    /** The actual as printed: {@code 20套}, {@code -1.3%}, {@code 完成}. */
    public Optional<String> printedActual() {
        if (!hasActual()) {
            return Optional.empty();
        }
        return Optional.of(operator.isQuantitative() ? plain(actual) + unit : actualResult.label());
    }

    private static String plain(BigDecimal number) {
        return org.jixiao.core.number.ChineseNumbers.plain(number);
    }
}
