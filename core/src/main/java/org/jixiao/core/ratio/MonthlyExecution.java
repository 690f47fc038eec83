package org.jixiao.core.ratio;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * Cumulative spending month by month (表10 of the Weihai report), for 预算执行进度 against 序时进度.
 *
 * @param annualTotal 全年决算数 ②
 * @param cumulative  月度累计执行数 ①, January first; up to 12 values
 */
public record MonthlyExecution(String fund, String unit, BigDecimal annualTotal, List<BigDecimal> cumulative) {
    public MonthlyExecution {
        Objects.requireNonNull(annualTotal, "annualTotal");
        cumulative = List.copyOf(cumulative);
        if (cumulative.size() > 12) {
            throw new IllegalArgumentException("月度累计执行数最多 12 个月，实际为 " + cumulative.size() + " 个");
        }
        unit = unit == null ? "元" : unit;
    }
}
