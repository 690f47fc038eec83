package org.jixiao.core.selfeval;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.jixiao.core.grade.GradeBand;
import org.jixiao.core.grade.GradeScheme;
import org.jixiao.core.number.ChineseNumbers;
import org.jixiao.core.number.Decimals;
import org.jixiao.core.review.Finding;
import org.jixiao.core.review.Location;
import org.jixiao.core.review.Severity;
import org.jixiao.core.targets.Operator;

/**
 * The review checks of domain §10 that apply to a self-evaluation table. Each finding names the workbook or document,
 * the sheet or table and the cell, the printed value, the recomputed value and the rule. A figure is compared at the
 * precision it is printed with ({@link Agreement}): 9 printed for 8.62 is a note, not an error. Codes are stable (tests
 * and filters use them):
 * <table>
 * <caption>codes</caption>
 * <tr><td>SE_EXEC_RATE</td><td>error</td><td>printed 执行率 ≠ B ÷ A (also a 其中 row's own 执行率)</td></tr>
 * <tr><td>SE_EXEC_SCORE</td><td>error</td><td>printed execution 得分 ≠ 分值 × min(B ÷ A, 1)</td></tr>
 * <tr><td>SE_FUND_SUM</td><td>error</td><td>年度资金总额 ≠ Σ 其中 rows (年初预算数, 全年预算数, 全年执行数)</td></tr>
 * <tr><td>SE_TOTAL</td><td>error</td><td>printed 总分 ≠ execution points + Σ indicator scores</td></tr>
 * <tr><td>SE_TOTAL_ABOVE_MAX</td><td>error</td><td>printed 总分 above the points the table's weights allow</td></tr>
 * <tr><td>SE_WEIGHTS</td><td>error</td><td>execution 分值 + Σ indicator 分值 ≠ 100</td></tr>
 * <tr><td>SE_WEIGHT_TOTAL</td><td>error</td><td>the printed 合计 of 分值 ≠ Σ 分值</td></tr>
 * <tr><td>SE_SECTION_WEIGHT</td><td>error</td><td>a section's printed points (产出指标（50分）) ≠ Σ of its rows' 分值</td></tr>
 * <tr><td>SE_SECTION_SCORE</td><td>error</td><td>a section's printed 得分 (小计) ≠ Σ of its rows' 得分</td></tr>
 * <tr><td>SE_SCORE_RANGE</td><td>error</td><td>an indicator 得分 above its 分值 or below 0</td></tr>
 * <tr><td>SE_GRADE</td><td>error</td><td>the printed 等级 ≠ the grade of the 总分 by the table's own bands</td></tr>
 * <tr><td>SE_BLANK_SCORE, SE_BLANK_TOTAL, SE_BLANK_EXECUTED</td><td>error</td><td>得分 / 总分 / 全年执行数 left blank</td></tr>
 * <tr><td>SE_UNMET_FULL</td><td>warning</td><td>a target not met, scored full marks</td></tr>
 * <tr><td>SE_SCORE_RULE</td><td>warning</td><td>an indicator 得分 the rules do not give (met but not full; outside the qualitative band)</td></tr>
 * <tr><td>SE_LOW_EXEC_FULL</td><td>warning</td><td>execution below 60% with full output and outcome marks</td></tr>
 * <tr><td>SE_CONSERVATIVE</td><td>warning</td><td>a target completed at ≥ 150% — 指标值设置过于保守</td></tr>
 * <tr><td>SE_QUALITATIVE_ONLY</td><td>warning</td><td>every output indicator is qualitative</td></tr>
 * <tr><td>SE_NO_COST / SE_NO_SATISFACTION</td><td>warning</td><td>no 成本指标 / no 满意度指标</td></tr>
 * <tr><td>SE_COST_OVER_BUDGET</td><td>warning</td><td>the 成本指标 ceilings in 万元 add up to more than A</td></tr>
 * <tr><td>SE_UNIT</td><td>warning</td><td>an actual value without the target's unit, or in another unit</td></tr>
 * <tr><td>SE_BELOW_80</td><td>warning</td><td>total below 80 without the required explanation</td></tr>
 * <tr><td>SE_UNCHECKED</td><td>note</td><td>a row or figure that could not be read or recomputed, with the reason</td></tr>
 * <tr><td>SE_SUMMARY_SCORE / SE_SUMMARY_GRADE</td><td>error</td><td>汇总表 score ≠ the table's 总分; grade ≠ grade of the score</td></tr>
 * </table>
 */
public final class SelfEvalReview {
    public static final String UNCHECKED = "SE_UNCHECKED";
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
        String project = "“" + table.project() + "”";
        budget(findings, score, project);
        BigDecimal sectionDiscrepancy = sections(findings, score);
        weightsAndTotal(findings, score, project, sectionDiscrepancy);
        indicators(findings, score, project);
        grade(findings, score, project);
        for (String reason : table.details().unchecked()) {
            findings.add(finding(UNCHECKED, Severity.INFO, score, Field.PROJECT, -1, null, null, "未能核对", reason));
        }
        return findings;
    }

    private void budget(List<Finding> findings, SelfEvalScore score, String project) {
        BudgetBlock budget = score.table().budget();
        FundRow total = budget.total();
        java.util.Set<Field> unreadable = score.table().details().unreadable();
        if (total.annual() != null && total.annual().signum() > 0 && total.executed() == null && !unreadable.contains(Field.EXECUTED)) {
            findings.add(finding("SE_BLANK_EXECUTED", Severity.ERROR, score, Field.EXECUTED, -1, null, null, "全年执行数应填写",
                    project + "年度资金总额的全年执行数未填写，无法计算执行率"));
        }
        fundSums(findings, score, project);
        if (!score.executionComputed()) {
            // an unreadable A or B is noted where it was read; a zero or blank one is said here
            if ((budget.printedRate() != null || budget.printedScore() != null) && !unreadable.contains(Field.ANNUAL)
                    && !unreadable.contains(Field.EXECUTED)) {
                String why = total.annual() == null ? "全年预算数未填写或无法识别"
                        : total.annual().signum() == 0 ? "全年预算数为 0" : "全年执行数未填写或无法识别";
                findings.add(finding(UNCHECKED, Severity.INFO, score, Field.EXECUTION_RATE, -1, null, null, "未能核对",
                        project + "执行率和执行率得分未能核对：" + why));
            }
        } else {
            if (budget.printedRate() != null) {
                compare(findings, "SE_EXEC_RATE", score, Field.EXECUTION_RATE, -1, budget.printedRate(),
                        exactPercent(budget.executed(), budget.annual()), score.executionRate(), "%",
                        () -> "执行率 = 全年执行数(B) ÷ 全年预算数(A) = " + ChineseNumbers.plainAmount(budget.executed()) + " ÷ "
                                + ChineseNumbers.plainAmount(budget.annual()),
                        () -> project + "填报的执行率与 B ÷ A 不符");
            }
            if (budget.printedScore() != null && budget.rule() == ExecutionRule.CAPPED) {
                BigDecimal exact = budget.weight().multiply(Decimals.min(Decimals.divide(budget.executed(), budget.annual()), BigDecimal.ONE));
                compare(findings, "SE_EXEC_SCORE", score, Field.EXECUTION_SCORE, -1, budget.printedScore(), exact, score.executionPoints(), "",
                        () -> "执行率得分 = 分值 × min(B ÷ A, 1) = " + ChineseNumbers.plain(budget.weight()) + " × "
                                + ChineseNumbers.percent(score.executionRate()),
                        () -> project + "执行率得分与 分值 × 执行率 不符");
            } else if (budget.printedScore() == null && budget.rule() == ExecutionRule.CAPPED && options.blankIsError()
                    && !unreadable.contains(Field.EXECUTION_SCORE)) {
                findings.add(finding("SE_BLANK_SCORE", Severity.ERROR, score, Field.EXECUTION_SCORE, -1, null,
                        ChineseNumbers.fixed2(score.executionPoints()), "执行率得分应填写", project + "执行率得分未填写"));
            }
        }
        for (int i = 0; i < budget.parts().size(); i++) {
            FundRow part = budget.parts().get(i);
            if (part.printedRate() != null && part.annual() != null && part.annual().signum() > 0 && part.executed() != null) {
                compare(findings, "SE_EXEC_RATE", score, Field.EXECUTION_RATE, i, part.printedRate(), exactPercent(part.executed(), part.annual()),
                        Decimals.percent(part.executed(), part.annual()), "%",
                        () -> "执行率 = " + ChineseNumbers.plainAmount(part.executed()) + " ÷ " + ChineseNumbers.plainAmount(part.annual()),
                        () -> project + "“" + part.label() + "”的执行率与 执行数 ÷ 预算数 不符");
            }
        }
    }

    /** 年度资金总额 = Σ 其中 rows, column by column, when at least one 其中 row gives the column. */
    private void fundSums(List<Finding> findings, SelfEvalScore score, String project) {
        BudgetBlock budget = score.table().budget();
        String[] names = {"年初预算数", "全年预算数", "全年执行数"};
        Field[] fields = {Field.INITIAL, Field.ANNUAL, Field.EXECUTED};
        for (int column = 0; column < 3; column++) {
            BigDecimal sum = BigDecimal.ZERO;
            boolean any = false;
            for (FundRow part : budget.parts()) {
                BigDecimal value = column(part, column);
                if (value != null) {
                    any = true;
                    sum = sum.add(value);
                }
            }
            BigDecimal printed = column(budget.total(), column);
            if (!any || printed == null || sum.signum() == 0 && printed.signum() == 0) {
                continue;
            }
            Severity severity = Agreement.severity(printed, sum);
            if (severity == null) {
                continue;
            }
            List<String> terms = new ArrayList<>();
            for (FundRow part : budget.parts()) {
                if (column(part, column) != null) {
                    terms.add(ChineseNumbers.plainAmount(column(part, column)));
                }
            }
            String text = severity == Severity.INFO ? "（" + Agreement.noteOf(printed, sum) + "）" : "";
            findings.add(finding("SE_FUND_SUM", severity, score, fields[column], -1, ChineseNumbers.plainAmount(printed),
                    ChineseNumbers.plainAmount(sum), "年度资金总额 = Σ 其中各项资金 = " + String.join(" + ", terms),
                    project + "年度资金总额的" + names[column] + " " + ChineseNumbers.plainAmount(printed) + " 与其中各项之和 "
                            + ChineseNumbers.plainAmount(sum) + " 不符" + text));
        }
    }

    private static BigDecimal column(FundRow row, int column) {
        return switch (column) {
            case 0 -> row.initial();
            case 1 -> row.annual();
            default -> row.executed();
        };
    }

    /** Section weights and subtotals; returns Σ (rows' weights − printed weight) over the sections that disagree. */
    private BigDecimal sections(List<Finding> findings, SelfEvalScore score) {
        BigDecimal discrepancy = BigDecimal.ZERO;
        List<Section> sections = score.table().details().sections();
        for (int s = 0; s < sections.size(); s++) {
            Section section = sections.get(s);
            List<IndicatorScore> rows = score.indicators().subList(section.first(), Math.min(section.end(), score.indicators().size()));
            if (rows.isEmpty()) {
                continue;
            }
            if (section.printedWeight() != null && rows.stream().allMatch(r -> r.row().weight() != null)) {
                BigDecimal sum = rows.stream().map(r -> r.row().weight()).reduce(BigDecimal.ZERO, BigDecimal::add);
                if (sum.compareTo(section.printedWeight()) != 0) {
                    discrepancy = discrepancy.add(sum.subtract(section.printedWeight()));
                    findings.add(finding("SE_SECTION_WEIGHT", Severity.ERROR, score, Field.SECTION, s, ChineseNumbers.plain(section.printedWeight()),
                            ChineseNumbers.plain(sum), "一级指标分值 = Σ 所属指标分值",
                            "“" + section.name() + "”标明 " + ChineseNumbers.plain(section.printedWeight()) + " 分，所属指标分值合计 "
                                    + ChineseNumbers.plain(sum) + " 分"));
                }
            }
            if (section.printedScore() != null && rows.stream().allMatch(r -> r.recorded() != null)) {
                BigDecimal sum = rows.stream().map(IndicatorScore::recorded).reduce(BigDecimal.ZERO, BigDecimal::add);
                compare(findings, "SE_SECTION_SCORE", score, Field.SECTION, s, section.printedScore(), sum, sum, "",
                        () -> "一级指标得分 = Σ 所属指标得分", () -> "“" + section.name() + "”得分与所属指标得分之和不符");
            }
        }
        return discrepancy;
    }

    private void weightsAndTotal(List<Finding> findings, SelfEvalScore score, String project, BigDecimal sectionDiscrepancy) {
        SelfEvalTable table = score.table();
        BudgetBlock budget = table.budget();
        if (table.indicators().isEmpty()) {
            return; // only the budget block was read (a table cut short, a page of it): its totals are not this table's
        }
        boolean weightsKnown = score.allWeightsGiven() && !table.details().sumsIncomplete();
        BigDecimal weights = budget.weight().add(score.indicatorWeights());
        BigDecimal expected = table.details().totalExpected();
        if (weightsKnown && weights.compareTo(expected) != 0 && weights.subtract(expected).compareTo(sectionDiscrepancy) != 0) {
            findings.add(finding("SE_WEIGHTS", Severity.ERROR, score, Field.TOTAL, -1, ChineseNumbers.plain(weights), ChineseNumbers.plain(expected),
                    "执行率分值 + Σ 指标分值 = " + ChineseNumbers.plain(expected),
                    project + "各项分值合计为 " + ChineseNumbers.plain(weights) + " 分，应为 " + ChineseNumbers.plain(expected) + " 分"));
        }
        BigDecimal printedWeights = table.details().printedWeightTotal();
        // a 合计 of weights that prints what the framework totals, over rows that do not add up to it, is the SE_WEIGHTS finding
        boolean sameAsWeights = weights.compareTo(expected) != 0 && printedWeights != null && printedWeights.compareTo(expected) == 0;
        if (printedWeights != null && weightsKnown && !sameAsWeights) {
            BigDecimal sum = printedWeights.compareTo(score.indicatorWeights()) == 0 ? score.indicatorWeights() : weights;
            if (printedWeights.compareTo(sum) != 0) {
                findings.add(finding("SE_WEIGHT_TOTAL", Severity.ERROR, score, Field.WEIGHT_TOTAL, -1, ChineseNumbers.plain(printedWeights),
                        ChineseNumbers.plain(weights), "合计分值 = Σ 各项分值",
                        project + "合计分值 " + ChineseNumbers.plain(printedWeights) + " 与各项分值之和 " + ChineseNumbers.plain(weights) + " 不符"));
            }
        }
        if (table.printedTotal() == null) {
            if (options.blankIsError() && !table.details().unreadable().contains(Field.TOTAL)) {
                findings.add(finding("SE_BLANK_TOTAL", Severity.ERROR, score, Field.TOTAL, -1, null, ChineseNumbers.fixed2(score.total()),
                        "总分应填写", project + "总分未填写"));
            }
            return;
        }
        if (table.details().sumsIncomplete()) {
            return;
        }
        BigDecimal printed = table.printedTotal();
        // the unit's sum may use its own printed execution 得分 or the right one, and count a blank 得分 as 0 or not
        BigDecimal blanksAsZero = BigDecimal.ZERO;
        for (IndicatorScore indicator : score.indicators()) {
            if (indicator.recorded() != null) {
                blanksAsZero = blanksAsZero.add(indicator.recorded());
            }
        }
        List<BigDecimal> executions = new ArrayList<>();
        if (budget.rule() == ExecutionRule.CAPPED && budget.printedScore() != null) {
            executions.add(budget.printedScore());
        }
        executions.add(score.executionPoints());
        // and it may add the exact scores where it printed them rounded (13 for 12.5)
        BigDecimal exactScores = BigDecimal.ZERO;
        for (IndicatorScore indicator : score.indicators()) {
            BigDecimal recorded = indicator.effectiveRecorded();
            boolean rounded = indicator.checked() && indicator.recorded() != null
                    && Agreement.of(indicator.recorded(), indicator.computed()) == Agreement.Kind.PRECISION;
            exactScores = exactScores.add(rounded ? indicator.computed() : recorded);
        }
        List<BigDecimal> candidates = new ArrayList<>();
        for (BigDecimal execution : executions) {
            candidates.add(execution.add(blanksAsZero));
            candidates.add(execution.add(score.recordedIndicatorPoints()));
            candidates.add(execution.add(exactScores));
        }
        Severity best = Severity.ERROR;
        BigDecimal closest = candidates.get(0);
        for (BigDecimal candidate : candidates) {
            Severity severity = Agreement.severity(printed, candidate);
            if (severity == null) {
                return;
            }
            if (severity == Severity.INFO) {
                best = Severity.INFO;
                closest = candidate;
            }
        }
        // a total the rows do not explain, above what the weights allow: the more telling finding
        if (best == Severity.ERROR && weightsKnown && printed.compareTo(weights) > 0 && Agreement.severity(printed, weights) == Severity.ERROR) {
            findings.add(finding("SE_TOTAL_ABOVE_MAX", Severity.ERROR, score, Field.TOTAL, -1, ChineseNumbers.plain(printed), ChineseNumbers.plain(weights),
                    "总分 ≤ 各项分值之和", project + "总分 " + ChineseNumbers.plain(printed) + " 分，超过各项分值之和 "
                            + ChineseNumbers.plain(weights) + " 分（最高可得分）"));
            return;
        }
        BigDecimal execution = executions.get(0);
        String text = best == Severity.INFO ? "（" + Agreement.noteOf(printed, closest) + "）" : "";
        findings.add(finding("SE_TOTAL", best, score, Field.TOTAL, -1, ChineseNumbers.plain(printed), ChineseNumbers.fixed2(closest),
                "总分 = 执行率得分 + Σ 指标得分 = " + ChineseNumbers.fixed2(execution) + " + " + ChineseNumbers.fixed2(blanksAsZero),
                project + "总分与各项得分之和不符" + text));
    }

    private void indicators(List<Finding> findings, SelfEvalScore score, String project) {
        SelfEvalTable table = score.table();
        BudgetBlock budget = table.budget();
        boolean anyOutcomeOrOutput = false;
        boolean allOutcomeOrOutputFull = true;
        boolean hasCost = false;
        boolean hasSatisfaction = false;
        int outputs = 0;
        int qualitativeOutputs = 0;
        BigDecimal costCeilings = BigDecimal.ZERO;
        long blankScores = score.indicators().stream().filter(i -> i.recorded() == null && i.row().weight() != null
                && (i.row().unchecked() == null || !i.row().unchecked().startsWith(IndicatorRow.UNREADABLE_SCORE))).count();
        boolean allBlank = blankScores == score.indicators().size() && blankScores > 1;
        if (allBlank && options.blankIsError()) {
            findings.add(finding("SE_BLANK_SCORE", Severity.ERROR, score, Field.INDICATOR_SCORE, 0, null, null, "各项指标得分应填写",
                    project + "全部 " + blankScores + " 项指标的得分均未填写"));
        }
        for (IndicatorScore indicator : score.indicators()) {
            IndicatorRow row = indicator.row();
            int i = indicator.index();
            String name = "“" + row.name() + "”";
            Category category = row.category();
            BigDecimal recorded = indicator.recorded();
            hasCost |= category == Category.COST;
            hasSatisfaction |= category == Category.SATISFACTION;
            boolean quantitative = row.target() != null && row.target().operator().isQuantitative();
            if (category == Category.OUTPUT) {
                outputs++;
                if (row.target() != null && !quantitative) {
                    qualitativeOutputs++;
                }
            }
            if (category == Category.COST && quantitative && isTenThousandYuan(row.target().unit())
                    && (row.target().operator() == Operator.AT_MOST || row.target().operator() == Operator.LESS)) {
                costCeilings = costCeilings.add(row.target().value());
            }
            boolean full = recorded != null && row.weight() != null && recorded.compareTo(row.weight()) == 0;
            if (category == Category.OUTPUT || category == Category.OUTCOME) {
                anyOutcomeOrOutput = true;
                allOutcomeOrOutputFull &= full || recorded == null && row.weight() != null && indicator.computed().compareTo(row.weight()) == 0;
            }
            boolean scoreUnreadable = row.unchecked() != null && row.unchecked().startsWith(IndicatorRow.UNREADABLE_SCORE);
            if (recorded == null && row.weight() != null && !allBlank && options.blankIsError() && !scoreUnreadable) {
                findings.add(finding("SE_BLANK_SCORE", Severity.ERROR, score, Field.INDICATOR_SCORE, i, null,
                        indicator.checked() ? ChineseNumbers.plain(indicator.computed()) : null, "指标得分应填写", name + "得分未填写"));
            }
            if (recorded != null && row.weight() != null && (recorded.compareTo(row.weight()) > 0 || recorded.signum() < 0)) {
                findings.add(finding("SE_SCORE_RANGE", Severity.ERROR, score, Field.INDICATOR_SCORE, i, ChineseNumbers.plain(recorded),
                        "0–" + ChineseNumbers.plain(row.weight()), "0 ≤ 得分 ≤ 分值",
                        name + "得分 " + ChineseNumbers.plain(recorded) + " 超出分值范围 0–" + ChineseNumbers.plain(row.weight())));
            } else if (!indicator.checked() && !IndicatorRow.CRITERIA.equals(row.uncheckedReason())) {
                findings.add(finding(UNCHECKED, Severity.INFO, score, Field.INDICATOR_SCORE, i, recorded == null ? null : ChineseNumbers.plain(recorded),
                        null, "未能核对", name + "得分未能按规则复算：" + row.uncheckedReason()));
            } else if (indicator.unmet() && full) {
                findings.add(finding("SE_UNMET_FULL", Severity.WARNING, score, Field.INDICATOR_SCORE, i, ChineseNumbers.plain(recorded),
                        ChineseNumbers.plain(indicator.computed()), "目标未完成不得满分（按完成比例或定性档次计分）",
                        name + "目标值" + row.targetText() + "、实际" + row.actualText() + "，目标未完成却得满分"));
            } else if (recorded != null && Agreement.severity(recorded, indicator.computed()) == Severity.ERROR) {
                findings.add(finding("SE_SCORE_RULE", Severity.WARNING, score, Field.INDICATOR_SCORE, i, ChineseNumbers.plain(recorded),
                        ChineseNumbers.plain(indicator.computed()), "自评计分规则：完成得满分，未完成按完成比例；定性指标按三档",
                        name + "得分与计分规则不符：" + indicator.explanation()));
            }
            if (indicator.checked() && indicator.exceedsBy(options.conservativePercent())) {
                findings.add(finding("SE_CONSERVATIVE", Severity.WARNING, score, Field.INDICATOR_ACTUAL, i,
                        row.actualText(), null, "完成率 ≥ " + ChineseNumbers.plainPercent(options.conservativePercent()) + " 提示指标值设置过于保守",
                        name + "目标值" + row.targetText() + "，实际" + row.actualText() + "，完成率 "
                                + ChineseNumbers.plainPercent(indicator.completionPercent()) + "，指标值设置过于保守"));
            }
            if (indicator.checked() && quantitative) {
                checkUnit(findings, score, indicator, name);
            }
        }
        if (score.executionComputed() && score.executionRate().compareTo(options.lowExecutionPercent()) < 0 && anyOutcomeOrOutput
                && allOutcomeOrOutputFull) {
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
        if (budget.annual() != null && budget.annual().signum() > 0 && costCeilings.compareTo(budget.annual()) > 0) {
            findings.add(finding("SE_COST_OVER_BUDGET", Severity.WARNING, score, Field.INDICATOR_TARGET, firstOf(score, Category.COST),
                    ChineseNumbers.plainAmount(costCeilings), ChineseNumbers.plainAmount(budget.annual()), "Σ 成本指标上限（万元）≤ 全年预算数 A",
                    project + "成本指标上限合计 " + ChineseNumbers.plainAmount(costCeilings) + " 万元，超过全年预算数 "
                            + ChineseNumbers.plainAmount(budget.annual()) + " 万元"));
        }
        BigDecimal total = table.printedTotal() != null ? table.printedTotal() : score.total();
        if (total.compareTo(options.explainBelow()) < 0 && table.explanation().isBlank()) {
            findings.add(finding("SE_BELOW_80", Severity.WARNING, score, Field.EXPLANATION, -1, null, null,
                    "总分在 " + ChineseNumbers.plain(options.explainBelow()) + " 分以下须说明未实现绩效目标的原因和拟采取的措施",
                    project + "总分 " + ChineseNumbers.plain(total) + " 分，未填写原因分析及措施说明"));
        }
    }

    /** The printed 等级 against the grade of the printed 总分 (the computed one when blank), by the table's own bands. */
    private void grade(List<Finding> findings, SelfEvalScore score, String project) {
        SelfEvalTable table = score.table();
        String printed = table.details().printedGrade();
        if (printed == null || printed.isBlank()) {
            return;
        }
        GradeScheme bands = table.details().bands() != null ? table.details().bands() : GradeScheme.standard();
        BigDecimal total = table.printedTotal() != null ? table.printedTotal() : score.total();
        String expected = bands.gradeOf(total);
        if (!sameGrade(printed, expected)) {
            findings.add(finding("SE_GRADE", Severity.ERROR, score, Field.GRADE, -1, printed.strip(), expected, "等级按总分：" + describe(bands),
                    project + "总分 " + ChineseNumbers.plain(total) + " 分，等级应为“" + expected + "”，表中为“" + printed.strip() + "”"));
        }
    }

    static boolean sameGrade(String printed, String expected) {
        return normalGrade(printed).equals(normalGrade(expected));
    }

    /** 优秀 is 优, 良好 is 良, 中等 is 中, 较差 is 差: the same grade in other words. */
    static String normalGrade(String grade) {
        String g = grade.strip().replace("等级", "").replace("级", "");
        return switch (g) {
            case "优秀" -> "优";
            case "良好" -> "良";
            case "中等", "一般" -> "中";
            case "较差" -> "差";
            default -> g;
        };
    }

    static String describe(GradeScheme bands) {
        StringBuilder text = new StringBuilder();
        for (GradeBand band : bands.bands()) {
            text.append(text.length() > 0 ? "，" : "").append(band.grade()).append(" ≥ ").append(ChineseNumbers.plain(band.min()));
        }
        return text.toString();
    }

    /** Checks a 汇总表 against itself (grade of each score) and against the tables of the same batch. */
    public static List<Finding> reviewSummary(List<SummaryRow> rows, Map<String, TableTotal> tablesByProject, GradeScheme grades) {
        List<Finding> findings = new ArrayList<>();
        for (SummaryRow row : rows) {
            if (row.score() == null) {
                continue;
            }
            String expectedGrade = grades.gradeOf(row.score());
            if (row.grade() != null && !row.grade().isBlank() && !sameGrade(row.grade(), expectedGrade)) {
                findings.add(new Finding("SE_SUMMARY_GRADE", Severity.ERROR, new Location(row.workbook(), row.sheet(), row.gradeCell(), 0),
                        row.grade(), expectedGrade, "等级按总分：优 ≥ 90，良 80–90，中 60–80，差 < 60",
                        "汇总表“" + row.project() + "”自评得分 " + ChineseNumbers.plain(row.score()) + " 分，等级应为“" + expectedGrade + "”"));
            }
            TableTotal table = tablesByProject.get(row.project().strip());
            if (table != null && table.total() != null) {
                Severity severity = Agreement.severity(row.score(), table.total());
                if (severity != null) {
                    findings.add(new Finding("SE_SUMMARY_SCORE", severity, new Location(row.workbook(), row.sheet(), row.scoreCell(), 0),
                            ChineseNumbers.plain(row.score()), ChineseNumbers.fixed2(table.total()), "汇总表得分 = 自评表总分",
                            "汇总表“" + row.project() + "”得分与自评表（" + table.where() + "）总分不一致"
                                    + (severity == Severity.INFO ? "（" + Agreement.noteOf(row.score(), table.total()) + "）" : "")));
                }
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
        return switch (text) {
            case "万" -> "万元";
            case "百分比", "百分点" -> "%";
            default -> text;
        };
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

    /** The exact percentage B ÷ A × 100, unrounded. */
    private static BigDecimal exactPercent(BigDecimal executed, BigDecimal annual) {
        return Decimals.divide(executed.multiply(Decimals.HUNDRED), annual);
    }

    /**
     * @param exact    the unrounded value the printed figure is compared with, at its printed precision
     * @param computed the value shown as recomputed (2 decimals)
     */
    /** The rule and message are built only when there is a finding: most tables agree, and most of the time goes here. */
    private static void compare(List<Finding> findings, String code, SelfEvalScore score, Field field, int index, BigDecimal printed,
            BigDecimal exact, BigDecimal computed, String suffix, Supplier<String> rule, Supplier<String> message) {
        Severity severity = Agreement.severity(printed, exact);
        if (severity == null) {
            return;
        }
        String text = severity == Severity.INFO ? message.get() + "（" + Agreement.noteOf(printed, exact) + "）" : message.get();
        findings.add(finding(code, severity, score, field, index, ChineseNumbers.plain(printed) + suffix,
                ChineseNumbers.fixed2(Decimals.round2(computed)) + suffix, rule.get(), text));
    }

    static Finding finding(String code, Severity severity, SelfEvalScore score, Field field, int index, String printed,
            String expected, String rule, String message) {
        Source source = score.table().source();
        Location location = new Location(source.workbook(), source.sheet(), source.cells().cell(field, index), source.cells().where(field, index));
        return new Finding(code, severity, location, printed, expected, rule, message);
    }
}
