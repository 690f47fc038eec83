package org.jixiao.core.review;

import static org.jixiao.core.number.ChineseNumbers.plain;
import static org.jixiao.core.number.ChineseNumbers.plainPercent;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.jixiao.core.evaluation.EvaluationResult;
import org.jixiao.core.indicator.Indicator;
import org.jixiao.core.indicator.ScoredIndicator;
import org.jixiao.core.number.Decimals;
import org.jixiao.core.ratio.MonthlyProgress;
import org.jixiao.core.ratio.ProjectExecution;
import org.jixiao.core.ratio.Ratio;
import org.jixiao.core.ratio.RatioId;
import org.jixiao.core.scoring.ProportionalRule;
import org.jixiao.core.scoring.QualitativeRule;
import org.jixiao.core.scoring.ScoringRule;
import org.jixiao.core.targets.TargetAssessment;

/**
 * The reviewer's questions (domain §10) about an evaluation kept in Jixiao. Its totals, 得分率 and grade are computed,
 * so they cannot contradict each other; what remains are the warnings a careful reviewer raises about the data and the
 * scores given on it:
 *
 * <table>
 * <tr><th>code</th><th>question</th></tr>
 * <tr><td>EV_CONSERVATIVE</td><td>a target completed at ≥ 150% of plan — 指标值设置过于保守</td></tr>
 * <tr><td>EV_UNMET_FULL</td><td>an indicator at full marks although a target it is judged on was not met</td></tr>
 * <tr><td>EV_LOW_EXEC_FULL</td><td>budget execution below 60% while the output and outcome indicators have full marks</td></tr>
 * <tr><td>EV_PROJECT_UNEXECUTED</td><td>a project with money available and nothing spent</td></tr>
 * <tr><td>EV_YEAR_END</td><td>spending bunched in December (share of the year above 25%)</td></tr>
 * <tr><td>EV_BEHIND_SCHEDULE</td><td>months whose execution progress is below 60% of 序时进度 (the red light of 双监控)</td></tr>
 * <tr><td>EV_ADJUSTMENT_HIGH</td><td>预算调整率 above 5%</td></tr>
 * <tr><td>EV_NO_EVIDENCE</td><td>a qualitative judgement without evidence</td></tr>
 * </table>
 *
 * A deduction or an evaluator's score without a written reason is not here: the validator refuses it as an error.
 *
 * Every finding carries the dataset path of what it is about (an indicator, a target, the monthly table), so that a
 * user interface can lead to it.
 */
public final class EvaluationReview {
    private EvaluationReview() {}

    /** A finding and the dataset path ({@code /indicators/0/children/1}, {@code /targets/3}) it is about. */
    public record Entry(Finding finding, String path) {}

    /**
     * Thresholds, each a percentage.
     *
     * @param conservative      a ≥ target completed at or beyond this is flagged (150)
     * @param lowExecution      budget execution below this with full output/outcome marks is flagged (60)
     * @param decemberShare     December's share of the year's spending above this is flagged (25: three times an even month)
     * @param scheduleRed       a month whose progress is below this share of 序时进度 is "red" (60, as monitoring systems use)
     * @param adjustmentRate    预算调整率 above this is flagged (5; the Weihai report calls 7.38% “略高”)
     */
    public record Options(BigDecimal conservative, BigDecimal lowExecution, BigDecimal decemberShare, BigDecimal scheduleRed,
            BigDecimal adjustmentRate) {
        public static Options standard() {
            return new Options(BigDecimal.valueOf(150), BigDecimal.valueOf(60), BigDecimal.valueOf(25), BigDecimal.valueOf(60),
                    BigDecimal.valueOf(5));
        }
    }

    /** Words in the names of 一级/二级 indicators about outputs and outcomes (产出, 效益, 效果, 履职效能 …). */
    private static final List<String> OUTPUT_OUTCOME_WORDS = List.of("产出", "效益", "效果", "效能", "履职", "成效");

    public static List<Entry> review(EvaluationResult result) {
        return review(result, Options.standard());
    }

    public static List<Entry> review(EvaluationResult result, Options options) {
        List<Entry> entries = new ArrayList<>();
        Map<String, Integer> targetIndex = new LinkedHashMap<>();
        var targets = result.evaluation().targets();
        for (int i = 0; i < targets.size(); i++) {
            targetIndex.put(targets.get(i).id(), i);
        }
        Map<String, TargetAssessment> assessments = result.targets().stream()
                .collect(Collectors.toMap(a -> a.target().id(), a -> a, (a, b) -> a, LinkedHashMap::new));

        conservativeTargets(result, options, targetIndex, entries);
        for (ScoredIndicator root : result.indicators()) {
            walk(root, List.of(), assessments, options, entries);
        }
        lowExecutionWithFullMarks(result, options, entries);
        unexecutedProjects(result, entries);
        result.monthly().ifPresent(monthly -> monthly(result, monthly, options, entries));
        adjustment(result, options, entries);
        return List.copyOf(entries);
    }

    private static void conservativeTargets(EvaluationResult result, Options options, Map<String, Integer> index, List<Entry> entries) {
        for (TargetAssessment assessment : result.targets()) {
            if (assessment.exceedsBy(options.conservative())) {
                var target = assessment.target();
                entries.add(new Entry(new Finding("EV_CONSERVATIVE", Severity.WARNING,
                        Location.of("绩效目标" + (target.table() == null ? "" : "（" + target.table() + "）"), target.name()),
                        target.printedActual().orElse(null), null, "完成率 ≥ " + plainPercent(options.conservative()) + " 提示指标值设置过于保守",
                        "“" + target.name() + "”目标值" + target.printedTarget() + "，实际完成" + target.printedActual().orElse("")
                                + "，完成率" + plainPercent(assessment.completionPercent()) + "，指标值设置过于保守"),
                        "/targets/" + index.get(target.id())));
            }
        }
    }

    private static void walk(ScoredIndicator node, List<String> parents, Map<String, TargetAssessment> assessments, Options options,
            List<Entry> entries) {
        List<String> names = new ArrayList<>(parents);
        names.add(node.name());
        if (!node.isLeaf()) {
            node.children().forEach(child -> walk(child, names, assessments, options, entries));
            return;
        }
        String item = String.join(" › ", names);
        Indicator indicator = node.indicator();
        ScoringRule rule = indicator.rule();
        boolean full = node.score().compareTo(node.weight()) >= 0 && node.weight().signum() > 0;

        if (full) {
            for (TargetAssessment assessment : targetsOf(indicator, assessments)) {
                if (Boolean.FALSE.equals(assessment.met())) {
                    entries.add(new Entry(new Finding("EV_UNMET_FULL", Severity.WARNING, Location.of("指标体系", item), plain(node.score()),
                            null, "目标未完成的指标不应得满分", "“" + node.name() + "”得满分" + plain(node.score()) + "分，但其依据的目标未完成：" + assessment.sentence()),
                            node.path()));
                }
            }
        }
        if (rule instanceof QualitativeRule qualitative && blank(indicator.evidence())) {
            entries.add(new Entry(new Finding("EV_NO_EVIDENCE", Severity.WARNING, Location.of("指标体系", item), qualitative.level().label(),
                    null, "定性评价须有佐证材料", "“" + node.name() + "”定性评为" + qualitative.level().label() + "，得" + plain(node.score())
                            + "分，但没有填写评价依据（佐证材料）"),
                    node.path()));
        }
    }

    /** The targets a leaf is judged on: those its proportional rule names (or writes inline) and those it lists. */
    private static List<TargetAssessment> targetsOf(Indicator indicator, Map<String, TargetAssessment> assessments) {
        List<TargetAssessment> found = new ArrayList<>();
        List<String> ids = new ArrayList<>(indicator.targetIds());
        if (indicator.rule() instanceof ProportionalRule proportional) {
            ids.addAll(proportional.targetIds());
            if (proportional.targetIds().isEmpty() && proportional.inline() != null) {
                found.add(TargetAssessment.of(proportional.inline()));
            }
        }
        ids.stream().distinct().map(assessments::get).filter(a -> a != null).forEach(found::add);
        return found;
    }

    private static void lowExecutionWithFullMarks(EvaluationResult result, Options options, List<Entry> entries) {
        Optional<Ratio> execution = result.ratios().get(RatioId.BUDGET_EXECUTION_RATE);
        if (execution.isEmpty() || execution.get().percent().compareTo(options.lowExecution()) >= 0) {
            return;
        }
        List<ScoredIndicator> full = new ArrayList<>();
        for (ScoredIndicator root : result.indicators()) {
            List<ScoredIndicator> candidates = new ArrayList<>();
            candidates.add(root);
            candidates.addAll(root.children());
            candidates.stream()
                    .filter(n -> OUTPUT_OUTCOME_WORDS.stream().anyMatch(n.name()::contains))
                    .filter(n -> n.weight().signum() > 0 && n.score().compareTo(n.weight()) >= 0)
                    .filter(n -> full.stream().noneMatch(f -> n.path().startsWith(f.path() + "/")))
                    .forEach(full::add);
        }
        for (ScoredIndicator node : full) {
            entries.add(new Entry(new Finding("EV_LOW_EXEC_FULL", Severity.WARNING, Location.of("指标体系", node.name()), plain(node.score()), null,
                    "预算执行率低于 " + plainPercent(options.lowExecution()) + " 时产出、效益指标不宜得满分",
                    "预算执行率仅" + plainPercent(execution.get().percent()) + "，但“" + node.name() + "”得满分" + plain(node.score()) + "分"),
                    node.path()));
        }
    }

    private static void unexecutedProjects(EvaluationResult result, List<Entry> entries) {
        if (result.projectExecution() == null) {
            return;
        }
        List<ProjectExecution.Row> rows = result.projectExecution().rows();
        for (ProjectExecution.Row row : result.projectExecution().unexecuted()) {
            var project = row.project();
            entries.add(new Entry(new Finding("EV_PROJECT_UNEXECUTED", Severity.WARNING, Location.of("项目支出", project.name()), "0", null,
                    "有预算而未执行的项目须说明原因",
                    "项目“" + project.name() + "”调整后预算" + plain(project.adjusted()) + "万元，执行数为0，预算执行率0%"),
                    "/projects/" + rows.indexOf(row)));
        }
    }

    private static void monthly(EvaluationResult result, MonthlyProgress monthly, Options options, List<Entry> entries) {
        result.ratios().get(RatioId.DECEMBER_SHARE).filter(share -> share.percent().compareTo(options.decemberShare()) > 0)
                .ifPresent(share -> entries.add(answered(result, new Finding("EV_YEAR_END", Severity.WARNING, Location.of("月度执行", "12月"),
                        plainPercent(share.percent()), null, "12月支出占比超过 " + plainPercent(options.decemberShare()) + " 提示年底集中支出",
                        "12月支出占全年的" + plainPercent(share.percent()) + "（" + share.derivation() + "），支出集中在年底"),
                        "/monthly_execution", RatioId.BUDGET_EXECUTION_RATE, RatioId.DECEMBER_SHARE)));

        BigDecimal red = Decimals.fraction(options.scheduleRed());
        List<MonthlyProgress.Month> behind = monthly.months().stream()
                .filter(m -> m.progressPercent() != null && m.schedulePercent().signum() > 0)
                .filter(m -> m.progressPercent().compareTo(m.schedulePercent().multiply(red)) < 0)
                .toList();
        if (!behind.isEmpty()) {
            String months = behind.stream().map(m -> m.label() + "（" + plainPercent(m.progressPercent()) + "，序时" + plainPercent(m.schedulePercent()) + "）")
                    .collect(Collectors.joining("、"));
            MonthlyProgress.Month worst = behind.stream()
                    .min((a, b) -> a.progressPercent().divide(a.schedulePercent(), java.math.MathContext.DECIMAL64)
                            .compareTo(b.progressPercent().divide(b.schedulePercent(), java.math.MathContext.DECIMAL64)))
                    .orElseThrow();
            entries.add(answered(result, new Finding("EV_BEHIND_SCHEDULE", Severity.WARNING, Location.of("月度执行", behind.size() + " 个月"),
                    plainPercent(worst.progressPercent()), plainPercent(worst.schedulePercent()),
                    "执行进度低于序时进度的 " + plainPercent(options.scheduleRed()) + "（红灯）",
                    behind.size() + " 个月的预算执行进度低于序时进度的" + plainPercent(options.scheduleRed()) + "：" + months),
                    "/monthly_execution", RatioId.BUDGET_EXECUTION_RATE, RatioId.DECEMBER_SHARE));
        }
    }

    private static void adjustment(EvaluationResult result, Options options, List<Entry> entries) {
        result.ratios().get(RatioId.BUDGET_ADJUSTMENT_RATE).filter(r -> r.percent().compareTo(options.adjustmentRate()) > 0)
                .ifPresent(rate -> entries.add(answered(result, new Finding("EV_ADJUSTMENT_HIGH", Severity.WARNING,
                        Location.of("标准比率", rate.label()), plainPercent(rate.percent()), null,
                        "预算调整率超过 " + plainPercent(options.adjustmentRate()) + " 须说明调整原因",
                        "预算调整率" + plainPercent(rate.percent()) + "（" + rate.derivation() + "），预算编制的准确性值得关注"),
                        "/budget", RatioId.BUDGET_ADJUSTMENT_RATE)));
    }

    /**
     * A budget warning the evaluation has already answered: an indicator about the same ratio lost points, so the
     * evaluators saw it. It stays in the list, as information pointing to that indicator, and no longer as a warning.
     */
    private static Entry answered(EvaluationResult result, Finding finding, String path, RatioId... ratios) {
        List<RatioId> about = List.of(ratios);
        Optional<ScoredIndicator> deducted = result.leaves().stream()
                .filter(leaf -> leaf.indicator().ratio() != null && about.contains(leaf.indicator().ratio()))
                .filter(leaf -> leaf.score().compareTo(leaf.weight()) < 0)
                .findFirst();
        if (deducted.isEmpty()) {
            return new Entry(finding, path);
        }
        ScoredIndicator leaf = deducted.get();
        return new Entry(new Finding(finding.code(), Severity.INFO, finding.location(), finding.printed(), finding.expected(), finding.rule(),
                finding.message() + "；已在“" + leaf.name() + "”扣" + plain(leaf.weight().subtract(leaf.score())) + "分"), leaf.path());
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
