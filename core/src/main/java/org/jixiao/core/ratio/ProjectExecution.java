package org.jixiao.core.ratio;

import java.math.BigDecimal;
import java.util.List;

import org.jixiao.core.number.Decimals;

/**
 * Per-project 预算执行率 (执行数 ÷ 调整后预算) with the column totals, as in 表9 of the Weihai report. Totals are the sums
 * of the rows, never a typed-in total.
 */
public record ProjectExecution(List<Row> rows, Totals totals) {

    public static ProjectExecution of(List<Project> projects) {
        List<Row> rows = projects.stream().map(p -> new Row(p, rate(p.executed(), p.adjusted()))).toList();
        BigDecimal initial = sum(projects, Project::initial);
        BigDecimal adjusted = sum(projects, Project::adjusted);
        BigDecimal executed = sum(projects, Project::executed);
        return new ProjectExecution(rows, new Totals(initial, adjusted, executed, rate(executed, adjusted)));
    }

    /** Projects with nothing spent although money was available (a reviewer asks why). */
    public List<Row> unexecuted() {
        return rows.stream().filter(r -> r.project().executed().signum() == 0 && r.project().adjusted().signum() > 0).toList();
    }

    /**
     * @param ratePercent null when the adjusted budget is 0 (the rate is undefined; documents print 0.00%)
     */
    public record Row(Project project, BigDecimal ratePercent) {}

    public record Totals(BigDecimal initial, BigDecimal adjusted, BigDecimal executed, BigDecimal ratePercent) {}

    private static BigDecimal rate(BigDecimal executed, BigDecimal adjusted) {
        return adjusted.signum() == 0 ? null : Decimals.percent(executed, adjusted);
    }

    private static BigDecimal sum(List<Project> projects, java.util.function.Function<Project, BigDecimal> column) {
        return projects.stream().map(column).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
