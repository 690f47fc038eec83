package org.jixiao.core.selfeval;

import java.math.BigDecimal;
import java.util.Objects;

import org.jixiao.core.targets.Target;

/**
 * One indicator row of a self-evaluation table, as printed, with what could be read of it.
 *
 * @param level1          一级指标 as filled (成本指标, 产出指标, 效益指标, 满意度指标; 决策, 过程 …), section weights removed
 * @param level2          二级指标 (数量指标, 经济效益指标 …)
 * @param name            三级指标
 * @param targetText      年度指标值 as printed ({@code ≥230家}, {@code 90%}, {@code 严格执行相关制度规定}); "" when blank
 * @param actualText      实际完成值 as printed ({@code 259家}, {@code 达成预期指标}); "" when blank
 * @param target          the target and actual as read, the operator of a target printed without one taken from the
 *                        indicator's direction; null when the row cannot be checked (see {@code unchecked})
 * @param actualUnit      the unit written with the actual value ("" when none was written)
 * @param weight          分值; null when not given or unreadable
 * @param recordedScore   得分 as the unit filled it, with its printed precision; null when left blank or a placeholder
 * @param deviation       偏差原因分析及改进措施
 * @param unchecked       why the row's score cannot be recomputed (a cell that cannot be read, a blank target, a free-text
 *                        actual value that states no verdict); null when it can
 * @param impliedOperator the target was printed without an operator; its operator comes from {@code direction}
 * @param direction       正向 or 反向, as stated (指标性质) or as the indicator's kind implies
 */
public record IndicatorRow(String level1, String level2, String name, String targetText, String actualText, Target target,
        String actualUnit, BigDecimal weight, BigDecimal recordedScore, String deviation, String unchecked, boolean impliedOperator,
        Direction direction) {
    /** The reason of a row scored by criteria (决策/过程 tables): there is no target to recompute, and nothing is missing. */
    public static final String CRITERIA = "按评分标准打分，没有指标值可复算";
    /** The start of the reason of a row whose 得分 cell cannot be read (it is not blank). */
    public static final String UNREADABLE_SCORE = "得分无法识别";

    public IndicatorRow {
        level1 = level1 == null ? "" : level1;
        level2 = level2 == null ? "" : level2;
        name = name == null ? target == null ? "" : target.name() : name;
        targetText = targetText == null ? "" : targetText;
        actualText = actualText == null ? "" : actualText;
        actualUnit = actualUnit == null ? "" : actualUnit;
        deviation = deviation == null ? "" : deviation;
        if (target == null && unchecked == null) {
            throw new IllegalArgumentException("“" + name + "”：没有读出指标值时须说明原因");
        }
        direction = direction == null ? Direction.POSITIVE : direction;
    }

    /** A row read in full: operator printed, every cell readable. */
    public IndicatorRow(String level1, String level2, Target target, String targetText, String actualText, String actualUnit,
            BigDecimal weight, BigDecimal recordedScore, String deviation) {
        this(level1, level2, Objects.requireNonNull(target, "target").name(), targetText, actualText, target, actualUnit,
                Objects.requireNonNull(weight, "weight"), recordedScore, deviation, null, false, Direction.POSITIVE);
    }

    /** True when the rules can recompute the row's score: target and actual read, 分值 given. */
    public boolean checkable() {
        return unchecked == null && target != null && weight != null;
    }

    /** Why the score cannot be recomputed; null when it can. */
    public String uncheckedReason() {
        if (unchecked != null) {
            return unchecked;
        }
        return weight == null ? "分值未填写或无法识别" : null;
    }

    public Category category() {
        return Category.of(level1, level2);
    }

    public IndicatorRow withRecordedScore(BigDecimal score) {
        return new IndicatorRow(level1, level2, name, targetText, actualText, target, actualUnit, weight, score, deviation, unchecked,
                impliedOperator, direction);
    }
}
