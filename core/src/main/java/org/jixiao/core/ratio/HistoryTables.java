package org.jixiao.core.ratio;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The multi-year tables with their computed totals, 环比增长率 and 预算调整率 (表3, 表4, 表11 of the Weihai report). */
public record HistoryTables(List<YearRow> income, List<YearRow> expenditure, List<AdjustmentRate> adjustments) {

    public static HistoryTables of(History history) {
        List<YearRow> income = chain(history.income().stream()
                .sorted(Comparator.comparingInt(History.IncomeYear::year))
                .map(y -> new Point(y.year(), y.total())).toList());
        List<YearRow> expenditure = chain(history.expenditure().stream()
                .sorted(Comparator.comparingInt(History.ExpenditureYear::year))
                .map(y -> new Point(y.year(), y.total())).toList());
        List<AdjustmentRate> adjustments = history.budgetAdjustment().stream()
                .map(r -> new AdjustmentRate(r, Change.of(r.initial(), r.adjusted()))).toList();
        return new HistoryTables(income, expenditure, adjustments);
    }

    private static List<YearRow> chain(List<Point> points) {
        List<YearRow> rows = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            Point p = points.get(i);
            Change change = i == 0 || points.get(i - 1).year() != p.year() - 1 ? null : Change.of(points.get(i - 1).total(), p.total());
            rows.add(new YearRow(p.year(), p.total(), change));
        }
        return List.copyOf(rows);
    }

    private record Point(int year, BigDecimal total) {}

    /** A year's total and its change against the year before (null for the first year). */
    public record YearRow(int year, BigDecimal total, Change change) {}

    public record AdjustmentRate(History.AdjustmentRow row, Change change) {}
}
