package org.jixiao.core.ratio;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.jixiao.core.number.Decimals;

/**
 * 预算执行进度 vs 序时进度, month by month (表10 of the Weihai report): progress ③ = cumulative ① ÷ annual ②,
 * schedule ④ = month ÷ 12, both in percent with 2 decimals.
 */
public record MonthlyProgress(MonthlyExecution source, List<Month> months) {
    private static final BigDecimal TWELVE = BigDecimal.valueOf(12);

    public static MonthlyProgress of(MonthlyExecution execution) {
        List<Month> months = new ArrayList<>();
        BigDecimal previous = BigDecimal.ZERO;
        for (int i = 0; i < execution.cumulative().size(); i++) {
            int month = execution.months().get(i);
            BigDecimal cumulative = execution.cumulative().get(i);
            BigDecimal progress = execution.annualTotal().signum() == 0 ? null : Decimals.percent(cumulative, execution.annualTotal());
            BigDecimal schedule = Decimals.percent(BigDecimal.valueOf(month), TWELVE);
            // the month's own spending is known only when the month before it is given too (or it is January)
            boolean follows = month == 1 || i > 0 && execution.months().get(i - 1) == month - 1;
            BigDecimal spent = month == 1 ? cumulative : follows ? cumulative.subtract(previous) : null;
            months.add(new Month(month, execution.labels().get(i), cumulative, spent, progress, schedule));
            previous = cumulative;
        }
        return new MonthlyProgress(execution, List.copyOf(months));
    }

    /** Months whose progress is below the time schedule. */
    public List<Month> behindSchedule() {
        return months.stream().filter(m -> m.progressPercent() != null && m.gapPoints().signum() < 0).toList();
    }

    /**
     * @param label           the month as given (“7月”)
     * @param spent           the month's own spending (cumulative minus the previous month's); null when the previous month
     *                        is not given
     * @param progressPercent 预算执行进度 ③; null if the annual total is 0
     * @param schedulePercent 序时进度 ④
     */
    public record Month(int month, String label, BigDecimal cumulative, BigDecimal spent, BigDecimal progressPercent, BigDecimal schedulePercent) {
        /** Progress minus schedule, in percentage points (negative = behind). */
        public BigDecimal gapPoints() {
            return progressPercent == null ? null : progressPercent.subtract(schedulePercent);
        }
    }
}
