package org.jixiao.app.server.selfeval;

import org.jixiao.app.server.organisation.OrganisationRef;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jixiao.core.number.ChineseNumbers;
import org.jixiao.core.review.Finding;
import org.jixiao.core.selfeval.IndicatorScore;
import org.jixiao.core.selfeval.Sample;
import org.jixiao.core.selfeval.SelfEvalScore;
import org.jixiao.core.selfeval.SelfEvalTable;
import org.jixiao.core.selfeval.ShadowReview;
import org.jixiao.formats.selfeval.ReviewComparison;

/**
 * The JSON answers of the self-evaluation API. Figures are sent as the documents print them (scores with 2 decimals
 * {@code "97.41"}, rates {@code "74.14%"}, amounts {@code "410.71"} in 万元), so that the browser shows them as they are and
 * never recomputes; a few plain numbers ({@code …Value}) are there only for charts.
 */
public final class SelfEvalViews {
    private SelfEvalViews() {}


    public record WorkbookView(long id, String fileName) {}

    public record BatchSummary(long id, String name, int year, OrganisationRef financeBureau, int workbooks, int tables,
            Map<String, Integer> grades, int errors, int warnings, String createdBy, Instant createdAt) {}

    public record Detail(long id, String name, int year, OrganisationRef financeBureau, String createdBy, Instant createdAt,
            boolean wholeBatch, boolean mayDelete, List<WorkbookView> workbooks, List<TableView> tables, Map<String, Integer> grades,
            int errors, int warnings, List<FindingView> importWarnings, boolean mayReview, List<UnitView> units) {}

    /**
     * 自评 beside 复核 for one table (only for those who see the whole batch).
     *
     * @param difference 复核 − 自评, signed (+1.50, −2.00)
     * @param gradeSteps 档差: bands the 复核等级 lies below the 自评等级 (negative: above); {@code gradeStepsText} in words
     */
    public record ReviewView(String selfTotal, String selfGrade, String reviewTotal, String reviewGrade, String difference, int gradeSteps,
            String gradeStepsText, int reviewedRows, List<ReviewRowView> rows) {
        static ReviewView of(ShadowReview.Table t) {
            return new ReviewView(ChineseNumbers.fixed2(t.selfTotal()), t.selfGrade(), ChineseNumbers.fixed2(t.reviewTotal()), t.reviewGrade(),
                    ReviewComparison.signed(t.difference()), t.gradeSteps(), ReviewComparison.steps(t.gradeSteps()), t.reviewed(),
                    t.rows().stream().map(ReviewRowView::of).toList());
        }
    }

    /**
     * One row: row 0 is the 预算执行率 row, 1…n the indicator rows.
     *
     * @param self       the unit's 得分; {@code computed} the rules'; {@code review} the reviewer's where {@code byReviewer}, else the rules'
     */
    public record ReviewRowView(int row, String name, String weight, String self, String computed, String review, boolean byReviewer,
            String reason, String difference) {
        static ReviewRowView of(ShadowReview.Row r) {
            return new ReviewRowView(r.row(), r.name(), r.weight() == null ? null : ChineseNumbers.plain(r.weight()), ChineseNumbers.fixed2(r.self()),
                    ChineseNumbers.fixed2(r.computed()), ChineseNumbers.fixed2(r.review()), r.byReviewer(), r.reason(),
                    ReviewComparison.signed(r.difference()));
        }
    }

    /** The difference statistics of one unit (自评 against 复核, 档差). */
    public record UnitView(String unit, int tables, int reviewedTables, String selfAverage, String reviewAverage, String meanDifference,
            String maxDifference, int gradeChanged, int lowered, String maxGradeSteps) {
        static UnitView of(ShadowReview.UnitStatistics s) {
            return new UnitView(s.unit(), s.tables(), s.reviewedTables(), ChineseNumbers.fixed2(s.selfAverage()), ChineseNumbers.fixed2(s.reviewAverage()),
                    ReviewComparison.signed(s.meanDifference()), ReviewComparison.signed(s.maxDifference()), s.gradeChanged(), s.lowered(),
                    ReviewComparison.steps(s.maxGradeSteps()));
        }
    }

    /** An entry of the batch's audit trail. */
    public record HistoryView(long id, Instant at, String username, String action, String field, String oldValue, String newValue,
            String reason) {}

    /**
     * One 项目支出绩效自评表 with its figures recomputed beside the unit's own.
     *
     * @param unit           the registered unit the table belongs to (null when its 主管部门 is not registered)
     * @param recordedTotal  the 总分 the unit printed (null when blank)
     */
    public record TableView(long id, int seq, String workbook, String sheet, String project, String department, String implementer,
            OrganisationRef unit, String budget, String executed, String executionRate, String executionPoints, String indicatorPoints,
            String total, String grade, String recordedTotal, BigDecimal executionRateValue, BigDecimal totalValue, int errors,
            int warnings, List<IndicatorView> indicators, ReviewView review) {}

    /** An indicator row: the unit's 得分 beside the score the rules give. */
    public record IndicatorView(String level1, String level2, String name, String target, String actual, String weight,
            String recordedScore, String computedScore, String explanation) {
        static IndicatorView of(IndicatorScore s) {
            return new IndicatorView(s.row().level1(), s.row().level2(), s.row().name(), s.row().targetText(), s.row().actualText(),
                    s.row().weight() == null ? null : ChineseNumbers.plain(s.row().weight()), s.recorded() == null ? null : ChineseNumbers.plain(s.recorded()),
                    ChineseNumbers.plain(s.computed()), s.explanation());
        }
    }

    static TableView table(SelfEvalService.Visible v, OrganisationRef unit, ShadowReview.Table review) {
        SelfEvalScore s = v.processed().score();
        SelfEvalTable t = s.table();
        int errors = (int) v.processed().findings().stream().filter(Finding::isError).count();
        int warnings = (int) v.processed().findings().stream().filter(f -> f.severity() == org.jixiao.core.review.Severity.WARNING).count();
        return new TableView(v.row().id(), v.row().seq(), t.source().workbook(), t.source().sheet(), t.project(), t.department(),
                t.implementer(), unit, amount(t.budget().annual()), amount(t.budget().executed()),
                s.executionRate() == null ? "—" : ChineseNumbers.percent(s.executionRate()), ChineseNumbers.fixed2(s.executionPoints()), ChineseNumbers.fixed2(s.indicatorPoints()),
                ChineseNumbers.fixed2(s.total()), s.grade(), s.recordedTotal() == null ? null : ChineseNumbers.fixed2(s.recordedTotal()),
                s.executionRate(), s.total(), errors, warnings, s.indicators().stream().map(IndicatorView::of).toList(),
                review == null ? null : ReviewView.of(review));
    }

    private static String amount(BigDecimal value) {
        return value == null ? "—" : ChineseNumbers.amount(value);
    }

    /** How many tables have each grade, 优 良 中 差 in that order. */
    static Map<String, Integer> grades(List<SelfEvalService.Visible> tables) {
        Map<String, Integer> grades = new LinkedHashMap<>();
        for (String g : new String[] {"优", "良", "中", "差"}) {
            grades.put(g, 0);
        }
        for (SelfEvalService.Visible v : tables) {
            grades.merge(v.processed().score().grade(), 1, Integer::sum);
        }
        return grades;
    }

    /**
     * A review finding or an import problem.
     *
     * @param severity     错误 / 警告 / 提示; {@code severityCode} ERROR / WARNING / INFO
     * @param location     workbook › sheet › cell
     */
    public record FindingView(String code, String severity, String severityCode, String workbook, String sheet, String cell,
            String location, String printed, String expected, String rule, String message) {
        public static FindingView of(Finding f) {
            return new FindingView(f.code(), f.severity().label(), f.severity().name(), f.location().document(), f.location().part(),
                    f.location().item(), f.location().describe(), f.printed(), f.expected(), f.rule(), f.message());
        }
    }

    /** The spot-check sample with its coverage, as {@code jixiao selfeval sample} prints it. */
    public record SampleView(String minCount, String minAmount, long seed, int population, int drawnCount, String populationAmount,
            String drawnAmount, String countPercent, String amountPercent, String summary, List<DrawnView> drawn) {
        static SampleView of(Sample sample, Map<String, Long> tableIds) {
            String minCount = ChineseNumbers.plainPercent(sample.rule().minCountPercent());
            String minAmount = ChineseNumbers.plainPercent(sample.rule().minAmountPercent());
            String summary = "抽取 " + sample.drawn().size() + " / " + sample.population() + " 个项目（" + ChineseNumbers.percent(sample.countPercent())
                    + "，下限 " + minCount + "），金额 " + ChineseNumbers.amount(sample.drawnAmount()) + " / "
                    + ChineseNumbers.amount(sample.populationAmount()) + " 万元（" + ChineseNumbers.percent(sample.amountPercent()) + "，下限 "
                    + minAmount + "），种子 " + sample.rule().seed() + "。";
            return new SampleView(minCount, minAmount, sample.rule().seed(), sample.population(), sample.drawn().size(),
                    ChineseNumbers.amount(sample.populationAmount()), ChineseNumbers.amount(sample.drawnAmount()),
                    ChineseNumbers.percent(sample.countPercent()), ChineseNumbers.percent(sample.amountPercent()), summary,
                    sample.drawn().stream().map(d -> new DrawnView(d.order(), tableIds.get(d.candidate().id()), d.candidate().id(),
                            d.candidate().project(), ChineseNumbers.amount(d.candidate().amount()),
                            d.candidate().executionRate() == null ? "—" : ChineseNumbers.percent(d.candidate().executionRate()),
                            ChineseNumbers.plain(d.candidate().total()), ChineseNumbers.plain(d.risk()), d.riskRank(), d.forAmount(), d.reason()))
                            .toList());
        }
    }

    /**
     * @param tableId  the table's id in the batch
     * @param source   workbook › sheet
     * @param total    the unit's own 总分 (the sampler ranks by what the unit claims)
     * @param forAmount drawn to reach the amount floor rather than by its risk rank
     */
    public record DrawnView(int order, Long tableId, String source, String project, String amount, String executionRate, String total,
            String risk, int riskRank, boolean forAmount, String reason) {}
}
