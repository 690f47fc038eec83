package org.jixiao.formats.selfeval;

import java.math.BigDecimal;

import org.jixiao.core.selfeval.Direction;
import org.jixiao.core.selfeval.IndicatorRow;
import org.jixiao.core.targets.Operator;
import org.jixiao.core.targets.QualitativeResult;
import org.jixiao.core.targets.Target;

/**
 * Turns the printed cells of one indicator row into an {@link IndicatorRow}, as a reviewer reads them:
 * <ul>
 * <li>a target with an operator (≥ ≧ ＞ ═ 不低于 95%以上 10天以内 …) keeps it; a target printed without one (90%, 43.2, 0次)
 * takes the operator of its direction — the 指标性质 column when the table has one (≥, 正向指标), else the indicator's kind
 * (反向: 成本, 投诉, 时间 … in rules.yaml); so an actual above a 正向 target is met;</li>
 * <li>a text target is qualitative; a free-text actual value is judged by its words (达成预期指标, 按期完成 → done;
 * 基本完成 → partly; 未完成 → not done), on a quantitative row too (完成 written for ≤30万元);</li>
 * <li>a placeholder (—, -, /, 无, ═, blank) is "not given"; a cell that cannot be read, a blank target or actual value,
 * or a text that states no verdict makes the row "not checkable" with the reason — its score is kept as printed.</li>
 * </ul>
 */
final class IndicatorCells {
    private final Direction.Rules directions;
    private final Verdicts verdicts;
    private final boolean criteriaOnly;

    IndicatorCells(Direction.Rules directions, Verdicts verdicts, boolean criteriaOnly) {
        this.directions = directions;
        this.verdicts = verdicts;
        this.criteriaOnly = criteriaOnly;
    }

    /** A number cell: its value when a spreadsheet stored a number, else its text. */
    record Number(BigDecimal value, String text) {}

    IndicatorRow row(String level1, String level2, String name, String nature, String target, String unit, String actual, Number weight,
            Number score, String deviation) {
        String displayName = name == null || name.isBlank() ? "（未写指标名称）" : name.strip();
        String reason = null;
        BigDecimal weightValue = number(weight);
        if (weightValue == null && !CellValues.notGiven(weight.text())) {
            reason = "分值“" + weight.text() + "”无法识别";
        }
        BigDecimal scoreValue = number(score);
        if (scoreValue == null && !CellValues.notGiven(score.text())) {
            reason = IndicatorRow.UNREADABLE_SCORE + "：“" + score.text() + "”不是数值";
        }
        String targetText = target == null ? "" : target.strip();
        String unitText = CellValues.notGiven(unit) ? "" : unit.strip();
        String fullTarget = !unitText.isEmpty() && !targetText.endsWith(unitText) && !CellValues.notGiven(targetText) ? targetText + unitText : targetText;
        String actualText = actual == null ? "" : actual.strip();
        Direction stated = Direction.ofStated(nature);
        Operator natureOperator = operator(nature);
        // the direction is looked up only when something needs it: a target without operator, or the report of the row
        CellValues.Quantity goal = CellValues.notGiven(targetText) ? null : CellValues.quantity(fullTarget);
        Operator printed = goal != null && goal.operator() != null ? goal.operator() : natureOperator;
        Direction direction = stated != null ? stated
                : printed == Operator.AT_LEAST || printed == Operator.GREATER ? Direction.POSITIVE
                : printed == Operator.AT_MOST || printed == Operator.LESS ? Direction.NEGATIVE
                : directions.of(displayName, level1, level2);
        if (criteriaOnly) {
            return new IndicatorRow(level1, level2, displayName, fullTarget, actualText, null, "", weightValue, scoreValue, deviation,
                    reason != null ? reason : IndicatorRow.CRITERIA, false, direction);
        }
        Target parsed = null;
        String actualUnit = "";
        boolean implied = false;
        if (CellValues.notGiven(targetText)) {
            reason = reason != null ? reason : "年度指标值未填写";
        } else if (CellValues.notGiven(actualText)) {
            reason = reason != null ? reason : "实际完成值未填写";
        } else {
            if (goal != null) {
                Operator operator = goal.operator() != null ? goal.operator() : natureOperator;
                implied = operator == null;
                if (operator == null) {
                    operator = direction == Direction.NEGATIVE ? Operator.AT_MOST : Operator.AT_LEAST;
                }
                CellValues.Quantity done = CellValues.quantity(actualText);
                if (done != null && done.operator() == null) {
                    parsed = Target.quantitative(displayName, displayName, operator, goal.number(), goal.unit(), done.number());
                    actualUnit = done.unit().isEmpty() && !unitText.isEmpty() ? unitText : done.unit();
                } else if (done != null) {
                    reason = reason != null ? reason : "实际完成值“" + actualText + "”带有比较符号，不是一个实际数值";
                } else {
                    QualitativeResult verdict = verdicts.of(actualText, targetText);
                    if (verdict != null) {
                        parsed = Target.qualitative(displayName, displayName, fullTarget, verdict);
                        implied = false;
                    } else {
                        reason = reason != null ? reason : "实际完成值“" + actualText + "”为文字，无法与指标值“" + fullTarget + "”比较";
                    }
                }
            } else {
                QualitativeResult verdict = verdicts.of(actualText, targetText);
                if (verdict != null) {
                    parsed = Target.qualitative(displayName, displayName, fullTarget, verdict);
                } else {
                    reason = reason != null ? reason : "实际完成值“" + actualText + "”没有说明指标“" + fullTarget + "”是否达成";
                }
            }
        }
        return new IndicatorRow(level1, level2, displayName, fullTarget, actualText, parsed, actualUnit, weightValue, scoreValue, deviation,
                reason, implied, direction);
    }

    private static BigDecimal number(Number cell) {
        if (cell.value() != null) {
            return cell.value();
        }
        return CellValues.notGiven(cell.text()) ? null : CellValues.number(cell.text());
    }

    /** The operator a 指标性质 cell states (≥, ≤, =, ＞, ＜, 大于等于 …); null when it states a direction or nothing. */
    static Operator operator(String nature) {
        if (nature == null || CellValues.notGiven(nature)) {
            return null;
        }
        CellValues.Quantity probe = CellValues.quantity(nature.strip() + "0");
        return probe != null && probe.unit().isEmpty() ? probe.operator() : null;
    }
}
