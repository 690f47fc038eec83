package org.jixiao.core.ratio;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Cumulative spending month by month (表10 of the Weihai report), for 预算执行进度 against 序时进度.
 *
 * <p>The months are those given, with their own labels: a table of 7—12月 is six months numbered 7 to 12, never
 * renumbered 1 to 6; a month not given is missing (no progress, no schedule).
 *
 * @param annualTotal 全年决算数 ②
 * @param cumulative  月度累计执行数 ①, one per month, in the order of {@code months}
 * @param months      the month (1–12) of each value, strictly increasing; January onwards when not given
 * @param labels      how each month is printed (“7月”, “2022年7月”); “N月” when not given
 */
public record MonthlyExecution(String fund, String unit, BigDecimal annualTotal, List<BigDecimal> cumulative, List<Integer> months,
        List<String> labels) {
    public MonthlyExecution {
        Objects.requireNonNull(annualTotal, "annualTotal");
        cumulative = List.copyOf(cumulative);
        if (cumulative.size() > 12) {
            throw new IllegalArgumentException("月度累计执行数最多 12 个月，实际为 " + cumulative.size() + " 个");
        }
        if (months == null || months.isEmpty()) {
            List<Integer> fromJanuary = new ArrayList<>();
            for (int i = 1; i <= cumulative.size(); i++) {
                fromJanuary.add(i);
            }
            months = fromJanuary;
        }
        months = List.copyOf(months);
        if (months.size() != cumulative.size()) {
            throw new IllegalArgumentException("月份 " + months.size() + " 个，累计执行数 " + cumulative.size() + " 个，应一一对应");
        }
        for (int i = 0; i < months.size(); i++) {
            int month = months.get(i);
            if (month < 1 || month > 12) {
                throw new IllegalArgumentException("月份应在 1—12 之间，实际为 " + month);
            }
            if (i > 0 && month <= months.get(i - 1)) {
                throw new IllegalArgumentException("月份应从早到晚排列且不重复：" + months.get(i - 1) + "月之后是" + month + "月");
            }
        }
        List<String> named = new ArrayList<>();
        for (int i = 0; i < months.size(); i++) {
            String given = labels == null || i >= labels.size() ? null : labels.get(i);
            named.add(given == null || given.isBlank() ? months.get(i) + "月" : given.strip());
        }
        labels = List.copyOf(named);
        unit = unit == null ? "元" : unit;
    }

    /** January onwards, labelled “1月” … (the layout of 表10). */
    public MonthlyExecution(String fund, String unit, BigDecimal annualTotal, List<BigDecimal> cumulative) {
        this(fund, unit, annualTotal, cumulative, null, null);
    }

    /** The cumulative amount at the end of the given month, if that month is given. */
    public Optional<BigDecimal> cumulativeAt(int month) {
        int index = months.indexOf(month);
        return index < 0 ? Optional.empty() : Optional.of(cumulative.get(index));
    }

    /** The label of the given month as the table prints it (“N月” for a month not given). */
    public String labelOf(int month) {
        int index = months.indexOf(month);
        return index < 0 ? month + "月" : labels.get(index);
    }
}
