package org.jixiao.core.selfeval;

import java.math.BigDecimal;
import java.util.Objects;

import org.jixiao.core.targets.Target;

/**
 * One indicator row of a self-evaluation table.
 *
 * @param level1        一级指标 as filled (成本指标, 产出指标, 效益指标, 满意度指标)
 * @param level2        二级指标 (数量指标, 经济效益指标 …)
 * @param target        三级指标 name with the parsed 年度指标值 and 实际完成值
 * @param targetText    年度指标值 as filled ({@code ≥230家})
 * @param actualText    实际完成值 as filled ({@code 259家})
 * @param actualUnit    the unit written with the actual value ("" when none was written)
 * @param weight        分值
 * @param recordedScore 得分 as the unit filled it; null when left blank (then the computed score is used)
 * @param deviation     偏差原因分析及改进措施
 */
public record IndicatorRow(String level1, String level2, Target target, String targetText, String actualText, String actualUnit,
        BigDecimal weight, BigDecimal recordedScore, String deviation) {
    public IndicatorRow {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(weight, "weight");
        level1 = level1 == null ? "" : level1;
        level2 = level2 == null ? "" : level2;
        actualUnit = actualUnit == null ? "" : actualUnit;
        deviation = deviation == null ? "" : deviation;
    }

    public String name() {
        return target.name();
    }

    public Category category() {
        return Category.of(level1, level2);
    }
}
