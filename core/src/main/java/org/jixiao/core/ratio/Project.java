package org.jixiao.core.ratio;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One project of the department's budget (表8/表9 of a department evaluation).
 *
 * @param initial  年初批复数 (0 when the project was added during the year)
 * @param adjusted 年中调整数 (调整后预算)
 * @param executed 预算执行数
 * @param key      重点项目: counts in 重点支出项目保障率
 */
public record Project(String name, String category, BigDecimal initial, BigDecimal adjusted, BigDecimal executed,
                      boolean key, String reason) {
    public Project {
        Objects.requireNonNull(name, "name");
        initial = initial == null ? BigDecimal.ZERO : initial;
        adjusted = adjusted == null ? BigDecimal.ZERO : adjusted;
        executed = executed == null ? BigDecimal.ZERO : executed;
    }
}
