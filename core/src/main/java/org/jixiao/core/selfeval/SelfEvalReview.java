package org.jixiao.core.selfeval;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jixiao.core.grade.GradeScheme;
import org.jixiao.core.number.ChineseNumbers;
import org.jixiao.core.number.Decimals;
import org.jixiao.core.review.Finding;
import org.jixiao.core.review.Location;
import org.jixiao.core.review.Severity;
import org.jixiao.core.review.Tolerance;

/**
 * The review checks of domain §10 that apply to a self-evaluation table. Each finding names the workbook, the sheet
 * and the cell, the printed value, the recomputed value and the rule. Codes are stable (tests and filters use them):
 * <table>
 * <caption>codes</caption>
 * <tr><td>SE_EXEC_RATE</td><td>error</td><td>printed 执行率 ≠ B ÷ A</td></tr>
 * <tr><td>SE_EXEC_SCORE</td><td>error</td><td>printed execution 得分 ≠ 分值 × min(B ÷ A, 1)</td></tr>
 * <tr><td>SE_TOTAL</td><td>error</td><td>printed 总分 ≠ execution points + Σ indicator scores</td></tr>
 * <tr><td>SE_WEIGHTS</td><td>error</td><td>execution 分值 + Σ indicator 分值 ≠ 100</td></tr>
 * <tr><td>SE_SCORE_RANGE</td><td>error</td><td>an indicator 得分 above its 分值 or below 0</td></tr>
 * <tr><td>SE_UNMET_FULL</td><td>warning</td><td>a target not met, scored full marks</td></tr>
 * <tr><td>SE_SCORE_RULE</td><td>warning</td><td>an indicator 得分 the rules do not give (met but not full; outside the qualitative band)</td></tr>
 * <tr><td>SE_LOW_EXEC_FULL</td><td>warning</td><td>execution below 60% with full output and outcome marks</td></tr>
 * <tr><td>SE_CONSERVATIVE</td><td>warning</td><td>a target completed at ≥ 150% — 指标值设置过于保守</td></tr>
 * <tr><td>SE_QUALITATIVE_ONLY</td><td>warning</td><td>every output indicator is qualitative</td></tr>
 * <tr><td>SE_NO_COST / SE_NO_SATISFACTION</td><td>warning</td><td>no 成本指标 / no 满意度指标</td></tr>
 * <tr><td>SE_COST_OVER_BUDGET</td><td>warning</td><td>the 成本指标 ceilings in 万元 add up to more than A</td></tr>
 * <tr><td>SE_UNIT</td><td>warning</td><td>an actual value without the target's unit, or in another unit</td></tr>
 * <tr><td>SE_BELOW_80</td><td>warning</td><td>total below 80 without the required explanation</td></tr>
 * <tr><td>SE_SUMMARY_SCORE / SE_SUMMARY_GRADE</td><td>error</td><td>汇总表 score ≠ the table's 总分; grade ≠ grade of the score</td></tr>
 * </table>
 */
public final class SelfEvalReview {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private final ReviewOptions options;

    public SelfEvalReview(ReviewOptions options) {
        this.options = options;
    }

    public static SelfEvalReview standard() {
        return new SelfEvalReview(ReviewOptions.standard());
    }

    public List<Finding> review(SelfEvalScore score) {
        List<Finding> findings = new ArrayList<>();
        SelfEvalTable table = score.table();
        BudgetBlock budget = table.budget();
        String project = "“" + table.project() + "”";

        if (budget.printedRate() != null) {
            compare(findings, "SE_EXEC_RATE", score, Field.EXECUTION_RATE, -1, budget.printedRate(), score.executionRate(), "%",
                    "执行率 = 全年执行数(B) ÷ 全年预算数(A) = " + ChineseNumbers.plainAmount(budget.executed()) + " ÷ "
                            + ChineseNumbers.plainAmount(budget.annual()),
                    project + "填报的执行率与 B ÷ A 不符");
        }
        if (budget.printedScore() != null) {
            compare(findings, "SE_EXEC_SCORE", score, Field.EXECUTION_SCORE, -1, budget.printedScore(), score.executionPoints(), "",
                    "执行率得分 = 分值 × min(B ÷ A, 1) = " + ChineseNumbers.plain(budget.weight()) + " × " + ChineseNumbers.percent(score.executionRate()),
                    project + "执行率得分与 分值 × 执行率 不符");
        }
        BigDecimal expectedTotal = score.executionPoints().add(score.recordedIndicatorPoints());
        if (table.printedTotal() != null) {
            compare(findings, "SE_TOTAL", score, Field.TOTAL, -1, table.printedTotal(), expectedTotal, "",
                    "总分 = 执行率得分 + Σ 指标得分 = " + ChineseNumbers.fixed2(score.executionPoints()) + " + "
                            + ChineseNumbers.fixed2(score.recordedIndicatorPoints()),
                    project + "总分与各项得分之和不符");
        }
        BigDecimal weights = budget.weight().add(score.indicatorWeights());
        if (weights.compareTo(HUNDRED) != 0) {
            findings.add(finding("SE_WEIGHTS", Severity.ERROR, score, Field.TOTAL, -1, ChineseNumbers.plain(weights), "100",
                    "执行率分值 + Σ 指标分值 = 100", project + "各项分值合计为 " + ChineseNumbers.plain(weights) + " 分，应为 100 分"));
        }

        boolean anyOutcomeOrOutput = false;
        boolean allOutcomeOrOutputFull = true;
        boolean hasCost = false;
        boolean hasSatisfaction = false;
        int outputs = 0;
        int qualitativeOutputs = 0;
        BigDecimal costCeilings = BigDecimal.ZERO;
        for (IndicatorScore indicator : score.indicators()) {
            IndicatorRow row = indicator.row();
            int i = indicator.index();
            String name = "“" + row.name() + "”";
            Category category = row.category();
            BigDecimal recorded = indicator.recorded();
            hasCost |= category == Category.COST;
            hasSatisfaction |= category == Category.SATISFACTION;
            if (category == Category.OUTPUT) {
                outputs++;
                if (!row.target().operator().isQuantitative()) {
                    qualitativeOutputs++;
                }
            }
            if (category == Category.COST && row.target().operator().isQuantitative() && isTenThousandYuan(row.target().unit())
                    && (row.target().operator() == org.jixiao.core.targets.Operator.AT_MOST
                        || row.target().operator() == org.jixiao.core.targets.Operator.LESS)) {
                costCeilings = costCeilings.add(row.target().value());
            }
            boolean full = recorded != null && recorded.compareTo(row.weight()) == 0;
            if (category == Category.OUTPUT || category == Category.OUTCOME) {
                anyOutcomeOrOutput = true;
                allOutcomeOrOutputFull &= recorded == null ? indicator.computed().compareTo(row.weight()) == 0 : full;
            }
            if (recorded != null && (recorded.compareTo(row.weight()) > 0 || recorded.signum() < 0)) {
                findings.add(finding("SE_SCORE_RANGE", Severity.ERROR, score, Field.INDICATOR_SCORE, i, ChineseNumbers.plain(recorded),
                        "0–" + ChineseNumbers.plain(row.weight()), "0 ≤ 得分 ≤ 分值",
                        name + "得分 " + ChineseNumbers.plain(recorded) + " 超出分值范围 0–" + ChineseNumbers.plain(row.weight())));
            } else if (indicator.unmet() && full) {
                findings.add(finding("SE_UNMET_FULL", Severity.WARNING, score, Field.INDICATOR_SCORE, i, ChineseNumbers.plain(recorded),
                        ChineseNumbers.plain(indicator.computed()), "目标未完成不得满分（按完成比例或定性档次计分）",
                        name + "目标值" + row.targetText() + "、实际" + row.actualText() + "，目标未完成却得满分"));
            } else if (recorded != null && recorded.compareTo(indicator.computed()) != 0) {
                findings.add(finding("SE_SCORE_RULE", Severity.WARNING, score, Field.INDICATOR_SCORE, i, ChineseNumbers.plain(recorded),
                        ChineseNumbers.plain(indicator.computed()), "自评计分规则：完成得满分，未完成按完成比例；定性指标按三档",
                        name + "得分与计分规则不符：" + indicator.explanation()));
            }
            if (indicator.assessment().exceedsBy(options.conservativePercent())) {
                findings.add(finding("SE_CONSERVATIVE", Severity.WARNING, score, Field.INDICATOR_ACTUAL, i,
                        row.actualText(), null, "完成率 ≥ " + ChineseNumbers.plainPercent(options.conservativePercent()) + " 提示指标值设置过于保守",
                        name + "目标值" + row.targetText() + "，实际" + row.actualText() + "，完成率 "
                                + ChineseNumbers.plainPercent(indicator.assessment().completionPercent()) + "，指标值设置过于保守"));
            }
            if (row.target().operator().isQuantitative()) {
                checkUnit(findings, score, indicator, name);
            }
        }
        if (score.executionRate().compareTo(options.lowExecutionPercent()) < 0 && anyOutcomeOrOutput && allOutcomeOrOutputFull) {
            findings.add(finding("SE_LOW_EXEC_FULL", Severity.WARNING, score, Field.EXECUTION_RATE, -1,
                    ChineseNumbers.percent(score.executionRate()), null,
                    "执行率低于 " + ChineseNumbers.plainPercent(options.lowExecutionPercent()) + " 而产出、效益指标全部满分",
                    project + "预算执行率仅 " + ChineseNumbers.percent(score.executionRate()) + "，产出和效益指标却全部得满分"));
        }
        if (outputs > 0 && qualitativeOutputs == outputs) {
            findings.add(finding("SE_QUALITATIVE_ONLY", Severity.WARNING, score, Field.INDICATOR_TARGET, firstOf(score, Category.OUTPUT),
                    null, null, "产出指标应至少有一项可量化的指标值", project + "产出指标全部为定性指标，没有可量化的指标值"));
        }
        if (!hasCost) {
            findings.add(finding("SE_NO_COST", Severity.WARNING, score, Field.PROJECT, -1, null, null,
                    "自评表应设置成本指标", project + "未设置成本指标"));
        }
        if (!hasSatisfaction) {
            findings.add(finding("SE_NO_SATISFACTION", Severity.WARNING, score, Field.PROJECT, -1, null, null,
                    "自评表应设置服务对象满意度指标", project + "未设置满意度指标"));
        }
        if (costCeilings.compareTo(budget.annual()) > 0) {
            findings.add(finding("SE_COST_OVER_BUDGET", Severity.WARNING, score, Field.INDICATOR_TARGET, firstOf(score, Category.COST),
                    ChineseNumbers.plainAmount(costCeilings), ChineseNumbers.plainAmount(budget.annual()), "Σ 成本指标上限（万元）≤ 全年预算数 A",
                    project + "成本指标上限合计 " + ChineseNumbers.plainAmount(costCeilings) + " 万元，超过全年预算数 "
                            + ChineseNumbers.plainAmount(budget.annual()) + " 万元"));
        }
        if (score.total().compareTo(options.explainBelow()) < 0 && table.explanation().isBlank()) {
            findings.add(finding("SE_BELOW_80", Severity.WARNING, score, Field.EXPLANATION, -1, null, null,
                    "总分在 " + ChineseNumbers.plain(options.explainBelow()) + " 分以下须说明未实现绩效目标的原因和拟采取的措施",
                    project + "总分 " + ChineseNumbers.fixed2(score.total()) + " 分，未填写原因分析及措施说明"));
        }
        return findings;
    }

    /** Checks a 汇总表 against itself (grade of each score) and against the tables of the same batch. */
    public static List<Finding> reviewSummary(List<SummaryRow> rows, Map<String, TableTotal> tablesByProject, GradeScheme grades) {
        List<Finding> findings = new ArrayList<>();
        for (SummaryRow row : rows) {
            if (row.score() == null) {
                continue;
            }
            String expectedGrade = grades.gradeOf(row.score());
            if (row.grade() != null && !row.grade().isBlank() && !row.grade().strip().equals(expectedGrade)) {
                findings.add(new Finding("SE_SUMMARY_GRADE", Severity.ERROR, new Location(row.workbook(), row.sheet(), row.gradeCell(), 0),
                        row.grade(), expectedGrade, "等级按总分：优 ≥ 90，良 80–90，中 60–80，差 < 60",
                        "汇总表“" + row.project() + "”自评得分 " + ChineseNumbers.plain(row.score()) + " 分，等级应为“" + expectedGrade + "”"));
            }
            TableTotal table = tablesByProject.get(row.project().strip());
            if (table != null && table.total() != null && row.score().compareTo(table.total()) != 0) {
                findings.add(new Finding("SE_SUMMARY_SCORE", Severity.ERROR, new Location(row.workbook(), row.sheet(), row.scoreCell(), 0),
                        ChineseNumbers.plain(row.score()), ChineseNumbers.fixed2(table.total()), "汇总表得分 = 自评表总分",
                        "汇总表“" + row.project() + "”得分与自评表（" + table.where() + "）总分不一致"));
            }
        }
        return findings;
    }

    /** A table's total as the summary check needs it: the 总分 the table prints (the computed one when blank) and where. */
    public record TableTotal(BigDecimal total, String where) {
        public static TableTotal of(SelfEvalScore score) {
            return new TableTotal(score.recordedTotal() != null ? score.recordedTotal() : score.total(), score.table().source().describe());
        }
    }

    private void checkUnit(List<Finding> findings, SelfEvalScore score, IndicatorScore indicator, String name) {
        IndicatorRow row = indicator.row();
        String expected = normalUnit(row.target().unit());
        String actual = normalUnit(row.actualUnit());
        if (expected.equals(actual)) {
            return;
        }
        String message = actual.isEmpty()
                ? name + "实际完成值“" + row.actualText() + "”未写单位（指标值单位为“" + row.target().unit() + "”），按指标值单位理解"
                : name + "实际完成值单位“" + row.actualUnit() + "”与指标值单位“" + row.target().unit() + "”不一致";
        findings.add(finding("SE_UNIT", Severity.WARNING, score, Field.INDICATOR_ACTUAL, indicator.index(), row.actualText(),
                ChineseNumbers.plain(row.target().actual()) + row.target().unit(), "实际完成值与指标值使用同一计量单位", message));
    }

    private static String normalUnit(String unit) {
        String text = unit == null ? "" : unit.strip().replace("％", "%");
        return text.equals("万") ? "万元" : text;
    }

    private static boolean isTenThousandYuan(String unit) {
        return "万元".equals(normalUnit(unit));
    }

    private static int firstOf(SelfEvalScore score, Category category) {
        for (IndicatorScore indicator : score.indicators()) {
            if (indicator.row().category() == category) {
                return indicator.index();
            }
        }
        return -1;
    }

    private static void compare(List<Finding> findings, String code, SelfEvalScore score, Field field, int index, BigDecimal printed,
            BigDecimal expected, String suffix, String rule, String message) {
        BigDecimal printed2 = printed.scale() < 2 ? printed.setScale(2) : printed;
        Severity severity = Tolerance.severityOf(printed2, expected);
        if (severity == null) {
            return;
        }
        String text = severity == Severity.INFO ? message + "（相差最后一位，属舍入差异）" : message;
        findings.add(finding(code, severity, score, field, index, ChineseNumbers.plain(printed) + suffix,
                ChineseNumbers.fixed2(Decimals.round2(expected)) + suffix, rule, text));
    }

    private static Finding finding(String code, Severity severity, SelfEvalScore score, Field field, int index, String printed,
            String expected, String rule, String message) {
        Source source = score.table().source();
        Location location = new Location(source.workbook(), source.sheet(), source.cells().cell(field, index), 0);
        return new Finding(code, severity, location, printed, expected, rule, message);
    }
}
