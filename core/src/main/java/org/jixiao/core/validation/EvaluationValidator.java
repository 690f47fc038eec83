package org.jixiao.core.validation;

import static org.jixiao.core.number.ChineseNumbers.plain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.jixiao.core.evaluation.Evaluation;
import org.jixiao.core.indicator.Indicator;
import org.jixiao.core.printed.PrintedFigures;
import org.jixiao.core.ratio.MonthlyExecution;
import org.jixiao.core.ratio.Project;
import org.jixiao.core.ratio.RatioId;
import org.jixiao.core.ratio.RatioSet;
import org.jixiao.core.ratio.StandardRatios;
import org.jixiao.core.scoring.Award;
import org.jixiao.core.scoring.CombinedTiersRule;
import org.jixiao.core.scoring.CheckpointRule;
import org.jixiao.core.scoring.CompositeRule;
import org.jixiao.core.scoring.DeductionsRule;
import org.jixiao.core.scoring.DeviationRule;
import org.jixiao.core.scoring.ExecutionRateRule;
import org.jixiao.core.scoring.GroupDeductionRule;
import org.jixiao.core.scoring.LinearDeductionRule;
import org.jixiao.core.scoring.ManualRule;
import org.jixiao.core.scoring.Measure;
import org.jixiao.core.scoring.ProportionalRule;
import org.jixiao.core.scoring.QualitativeRule;
import org.jixiao.core.scoring.RankRule;
import org.jixiao.core.scoring.RatioRule;
import org.jixiao.core.scoring.ScoringRule;
import org.jixiao.core.scoring.TiersRule;
import org.jixiao.core.scoring.UnscoredRule;
import org.jixiao.core.scoring.YearOnYearRule;
import org.jixiao.core.targets.Target;

/**
 * The tree rules and data rules an evaluation must satisfy before it can be scored. Errors make scoring impossible or
 * meaningless (weights that don't add up, a score above its weight, a rule referring to a target that doesn't exist);
 * warnings are worth a look but do not stop scoring.
 */
public final class EvaluationValidator {
    private EvaluationValidator() {}

    /**
     * An evaluation with its problems and the standard ratios computed on the way (the rules that measure a ratio are
     * checked against them), so that scoring it computes nothing twice.
     */
    public record Checked(Evaluation evaluation, RatioSet ratios, List<Problem> problems) {}

    public static List<Problem> validate(Evaluation evaluation) {
        return check(evaluation).problems();
    }

    /** Validates the evaluation and keeps the ratios it computed for that. */
    public static Checked check(Evaluation evaluation) {
        RatioSet ratios = StandardRatios.compute(evaluation.budget(), evaluation.projects(), evaluation.monthly());
        return new Checked(evaluation, ratios, problems(evaluation, ratios));
    }

    private static List<Problem> problems(Evaluation evaluation, RatioSet ratios) {
        List<Problem> problems = new ArrayList<>();
        Set<String> targetIds = checkTargets(evaluation.targets(), problems);
        checkProjects(evaluation.projects(), problems);
        checkMonthly(evaluation.monthly(), problems);

        List<Indicator> roots = evaluation.indicators();
        if (roots.isEmpty()) {
            problems.add(Problem.error("/indicators", "指标体系为空：至少需要一个一级指标"));
        } else {
            BigDecimal sum = roots.stream().map(Indicator::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
            if (sum.compareTo(evaluation.totalWeight()) != 0) {
                problems.add(Problem.error("/indicators", "一级指标分值合计 " + plain(sum) + " 与总分 "
                        + plain(evaluation.totalWeight()) + " 不一致（相差 " + plain(sum.subtract(evaluation.totalWeight()).abs()) + "）"));
            }
            Context context = new Context(targetIds, ratios, evaluation.monthly(), problems);
            for (int i = 0; i < roots.size(); i++) {
                checkNode(roots.get(i), "/indicators/" + i, context);
            }
            checkPrinted(evaluation, problems);
        }
        return List.copyOf(problems);
    }

    private record Context(Set<String> targetIds, RatioSet ratios, MonthlyExecution monthly, List<Problem> problems) {
        void error(String path, String message) {
            problems.add(Problem.error(path, message));
        }

        void warning(String path, String message) {
            problems.add(Problem.warning(path, message));
        }
    }

    private static void checkNode(Indicator node, String path, Context context) {
        String who = "指标“" + node.name() + "”";
        if (node.name().isBlank()) {
            context.error(path + "/name", "指标名称为空");
        }
        if (node.weight().signum() < 0) {
            context.error(path + "/weight", who + "的分值不能为负数：" + node.weight().toPlainString());
        }
        if (node.weight().stripTrailingZeros().scale() > 2) {
            context.error(path + "/weight", who + "的分值 " + node.weight().toPlainString() + " 超过两位小数：分值和得分均保留两位小数");
        }
        if (!node.isLeaf()) {
            if (node.rule() instanceof GroupDeductionRule group) {
                checkDeductionItems(group.items(), path + "/rule/items", who, context);
                if (group.total().compareTo(node.weight()) > 0) {
                    context.warning(path + "/rule/items", who + "的上级指标扣分合计 " + plain(group.total()) + " 超过分值 " + plain(node.weight())
                            + "，下级指标全部按 0 分计");
                }
            } else if (node.rule() != null) {
                context.error(path + "/rule", who + "既有下级指标又有评分规则：有下级指标的指标得分由下级汇总，请删除 rule"
                        + "（上级指标扣分请用 group_deductions）");
            }
            BigDecimal sum = node.children().stream().map(Indicator::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
            if (sum.compareTo(node.weight()) != 0) {
                context.error(path + "/weight", who + "的下级指标分值合计 " + plain(sum) + " 与本级分值 " + plain(node.weight())
                        + " 不一致（相差 " + plain(sum.subtract(node.weight()).abs()) + "）");
            }
            for (int i = 0; i < node.children().size(); i++) {
                checkNode(node.children().get(i), path + "/children/" + i, context);
            }
        } else if (node.rule() == null) {
            context.error(path, who + "是末级指标，缺少评分规则 rule");
        } else {
            checkRule(node, path + "/rule", context);
        }
        if (node.ratio() != null && context.ratios().get(node.ratio()).isEmpty()) {
            context.warning(path + "/ratio", who + "引用的" + node.ratio().label() + "无法计算，缺少："
                    + String.join("、", context.ratios().missingInputs().get(node.ratio())));
        }
        for (int i = 0; i < node.targetIds().size(); i++) {
            if (!context.targetIds().contains(node.targetIds().get(i))) {
                context.error(path + "/targets/" + i, who + "引用了不存在的绩效目标编号“" + node.targetIds().get(i) + "”");
            }
        }
    }

    private static void checkRule(Indicator leaf, String path, Context context) {
        BigDecimal weight = leaf.weight();
        String who = "指标“" + leaf.name() + "”";
        ScoringRule rule = leaf.rule();
        if (rule instanceof GroupDeductionRule) {
            context.error(path + "/kind", who + "是末级指标：group_deductions（上级指标扣分分摊）只能用于有下级指标的指标，末级指标请用 deductions");
        } else if (rule instanceof UnscoredRule unscored) {
            context.warning(path, who + "尚未评分：待填写" + unscored.missing() + "，暂按 0 分计");
        } else if (rule instanceof ManualRule manual) {
                checkScoreWithinWeight(manual.score(), weight, path + "/score", who, context);
                if (manual.justification().isBlank()) {
                    context.error(path + "/justification", who + "为人工评分，必须写明评分理由 justification");
                }
        } else if (rule instanceof QualitativeRule qualitative) {
                if (checkScoreWithinWeight(qualitative.score(), weight, path + "/score", who, context)
                        && !qualitative.level().admits(qualitative.score(), weight)) {
                    context.error(path + "/score", who + "定性评价为“" + qualitative.level().label() + "”，得分应在 "
                            + plain(weight.multiply(qualitative.level().low())) + "—" + plain(weight.multiply(qualitative.level().high()))
                            + " 分之间，实际为 " + plain(qualitative.score()));
                }
        } else if (rule instanceof DeductionsRule deductions) {
                for (int i = 0; i < deductions.items().size(); i++) {
                    DeductionsRule.Deduction d = deductions.items().get(i);
                    if (d.points().signum() < 0) {
                        context.error(path + "/items/" + i + "/points", who + "的扣分不能为负数：" + plain(d.points()));
                    }
                    if (d.reason().isBlank()) {
                        context.error(path + "/items/" + i + "/reason", who + "的第 " + (i + 1) + " 个扣分点缺少扣分理由");
                    }
                }
                if (deductions.total().compareTo(weight) > 0) {
                    context.warning(path + "/items", who + "扣分合计 " + plain(deductions.total()) + " 超过分值 " + plain(weight) + "，按 0 分计");
                }
        } else if (rule instanceof TiersRule tiers) {
                checkMeasure(tiers.measure(), path, who, context);
                for (int i = 0; i < tiers.tiers().size(); i++) {
                    TiersRule.Tier tier = tiers.tiers().get(i);
                    if (tier.fraction() != null && (tier.fraction().signum() < 0 || tier.fraction().compareTo(BigDecimal.ONE) > 0)) {
                        context.error(path + "/tiers", who + "的档次得分比例应在 0 到 1 之间，实际为 " + plain(tier.fraction()));
                    }
                    if (tier.score() != null) {
                        checkScoreWithinWeight(tier.score(), weight, path + "/tiers", who + "的档次", context);
                    }
                }
        } else if (rule instanceof LinearDeductionRule linear) {
                checkMeasure(linear.measure(), path, who, context);
                if (linear.points().signum() < 0) {
                    context.error(path + "/points", who + "的每档扣分不能为负数：" + plain(linear.points()));
                }
        } else if (rule instanceof ExecutionRateRule execution) {
                if (execution.ratio() != null) {
                    checkRatio(execution.ratio(), path + "/ratio", who, context);
                } else if (execution.budget().signum() < 0 || execution.executed().signum() < 0) {
                    context.error(path, who + "的预算数和执行数不能为负数");
                }
        } else if (rule instanceof CompositeRule composite) {
            if (composite.totalShare().compareTo(weight) != 0) {
                context.error(path + "/points", who + "各评价要点分值合计 " + plain(composite.totalShare()) + " 与指标分值 " + plain(weight) + " 不一致");
            }
            for (int i = 0; i < composite.points().size(); i++) {
                CompositeRule.Point point = composite.points().get(i);
                Indicator asLeaf = Indicator.leaf(leaf.name() + "”要点“" + (point.name().isEmpty() ? String.valueOf(i + 1) : point.name()),
                        point.share(), point.rule());
                checkRule(asLeaf, path + "/points/" + i + "/rule", context);
                if (point.maxDeduction() != null && point.maxDeduction().signum() < 0) {
                    context.error(path + "/points/" + i + "/max_deduction", who + "的要点最多扣分不能为负数");
                }
            }
        } else if (rule instanceof RatioRule ratioRule) {
            checkMeasure(ratioRule.measure(), path, who, context);
            for (int i = 0; i < ratioRule.items().size(); i++) {
                if (ratioRule.items().get(i).points().signum() < 0) {
                    context.error(path + "/items/" + i + "/points", who + "的扣分不能为负数");
                }
            }
        } else if (rule instanceof DeviationRule deviation) {
            checkMeasure(deviation.measure(), path, who, context);
            deviation.bands().forEach(band -> checkAward(band.award(), weight, path + "/bands", who, context));
        } else if (rule instanceof CombinedTiersRule combined) {
            combined.measures().values().forEach(measure -> checkMeasure(measure, path, who, context));
            combined.tiers().forEach(tier -> checkAward(tier.award(), weight, path + "/tiers", who, context));
        } else if (rule instanceof RankRule rank) {
            rank.bands().forEach(band -> checkAward(band.award(), weight, path + "/bands", who, context));
        } else if (rule instanceof CheckpointRule checkpoints) {
            if (checkpoints.totalShare().compareTo(weight) != 0) {
                context.error(path + "/checkpoints", who + "各时间节点分值合计 " + plain(checkpoints.totalShare()) + " 与指标分值 " + plain(weight) + " 不一致");
            }
            List<Integer> missing = checkpoints.missingMonths(context.monthly());
            if (!missing.isEmpty()) {
                context.warning(path, who + "尚未评分：月度执行表中没有" + String.join("、", missing.stream().map(m -> m + "月").toList())
                        + "的累计支出数（节点上也未写 executed），暂按 0 分计");
            }
        } else if (rule instanceof YearOnYearRule yearOnYear) {
            checkAward(yearOnYear.worse(), weight, path + "/worse", who, context);
        } else if (rule instanceof ProportionalRule proportional) {
            if (proportional.inline() != null && !proportional.inline().hasActual()) {
                context.warning(path + "/target/actual", who + "的目标“" + proportional.inline().name() + "”未填报实际完成值，尚未评分，暂按 0 分计");
            }
                for (int i = 0; i < proportional.targetIds().size(); i++) {
                    String id = proportional.targetIds().get(i);
                    if (!context.targetIds().contains(id)) {
                        context.error(path + "/targets/" + i, who + "引用了不存在的绩效目标编号“" + id + "”");
                    }
                }
        }
    }

    /** A band's fixed score cannot exceed the weight (a fraction is bounded by the schema and the constructor's callers). */
    private static void checkAward(Award award, BigDecimal weight, String path, String who, Context context) {
        if (award.score() != null) {
            checkScoreWithinWeight(award.score(), weight, path, who + "的档次", context);
        }
        if (award.fraction() != null && (award.fraction().signum() < 0 || award.fraction().compareTo(BigDecimal.ONE) > 0)) {
            context.error(path, who + "的档次得分比例应在 0 到 1 之间，实际为 " + plain(award.fraction()));
        }
    }

    private static void checkDeductionItems(List<DeductionsRule.Deduction> items, String path, String who, Context context) {
        for (int i = 0; i < items.size(); i++) {
            DeductionsRule.Deduction d = items.get(i);
            if (d.points().signum() < 0) {
                context.error(path + "/" + i + "/points", who + "的扣分不能为负数：" + plain(d.points()));
            }
            if (d.reason().isBlank()) {
                context.error(path + "/" + i + "/reason", who + "的第 " + (i + 1) + " 个扣分点缺少扣分理由");
            }
        }
    }

    private static boolean checkScoreWithinWeight(BigDecimal score, BigDecimal weight, String path, String who, Context context) {
        if (score.signum() < 0) {
            context.error(path, who + "的得分不能为负数：" + plain(score));
            return false;
        }
        if (score.compareTo(weight) > 0) {
            context.error(path, who + "的得分 " + plain(score) + " 超过分值 " + plain(weight));
            return false;
        }
        return true;
    }

    private static void checkMeasure(Measure measure, String path, String who, Context context) {
        if (measure.ratio() != null) {
            checkRatio(measure.ratio(), path + "/ratio", who, context);
        }
    }

    private static void checkRatio(RatioId ratio, String path, String who, Context context) {
        if (context.ratios().get(ratio).isEmpty()) {
            context.warning(path, who + "按" + ratio.label() + "计分，但该比率无法计算，缺少："
                    + String.join("、", context.ratios().missingInputs().get(ratio)) + "；尚未评分，暂按 0 分计");
        }
    }

    private static Set<String> checkTargets(List<Target> targets, List<Problem> problems) {
        Map<String, Integer> first = new HashMap<>();
        for (int i = 0; i < targets.size(); i++) {
            Integer earlier = first.putIfAbsent(targets.get(i).id(), i);
            if (earlier != null) {
                problems.add(Problem.error("/targets/" + i + "/id", "绩效目标编号“" + targets.get(i).id() + "”重复（第 "
                        + (earlier + 1) + " 个目标已使用）"));
            }
            if (!targets.get(i).hasActual()) {
                problems.add(Problem.warning("/targets/" + i + "/actual", "绩效目标“" + targets.get(i).name() + "”未填报实际完成值"));
            }
        }
        return targets.stream().map(Target::id).collect(Collectors.toSet());
    }

    private static void checkProjects(List<Project> projects, List<Problem> problems) {
        for (int i = 0; i < projects.size(); i++) {
            Project p = projects.get(i);
            String path = "/projects/" + i;
            if (p.initial().signum() < 0) {
                problems.add(Problem.error(path + "/initial", "项目“" + p.name() + "”的年初批复数不能为负数"));
            }
            if (p.adjusted().signum() < 0) {
                problems.add(Problem.error(path + "/adjusted", "项目“" + p.name() + "”的调整后预算不能为负数"));
            }
            if (p.executed().compareTo(p.adjusted()) > 0) {
                problems.add(Problem.warning(path + "/executed", "项目“" + p.name() + "”执行数 " + plain(p.executed())
                        + " 超过调整后预算 " + plain(p.adjusted())));
            }
        }
    }

    /** Every printed figure must name something the evaluation has: an indicator of the tree, a listed project. */
    private static void checkPrinted(Evaluation evaluation, List<Problem> problems) {
        PrintedFigures printed = evaluation.printed();
        if (printed == null) {
            return;
        }
        for (int i = 0; i < printed.indicators().size(); i++) {
            PrintedFigures.Node node = printed.indicators().get(i);
            if (PrintedFigures.locate(evaluation.indicators(), node.names()).isEmpty()) {
                problems.add(Problem.error("/printed/indicators/" + i + "/path", "报告印数指向的指标“" + node.path() + "”在指标体系中找不到"
                        + (node.names().size() == 1 ? "或不唯一（请从一级指标写起，用 / 分隔，如 管理效率/决策管理）" : "（请按一级/二级/… 的名称用 / 分隔）")));
            }
            if (node.score() == null && node.rate() == null) {
                problems.add(Problem.error("/printed/indicators/" + i, "报告印数“" + node.path() + "”需要 score（得分）或 rate（得分率 %）"));
            }
        }
        for (int i = 0; i < printed.projects().size(); i++) {
            String name = printed.projects().get(i).name();
            if (evaluation.projects().stream().noneMatch(p -> p.name().equals(name))) {
                problems.add(Problem.error("/printed/projects/" + i + "/name", "报告印数指向的项目“" + name + "”不在项目清单 projects 中"));
            }
        }
    }

    private static void checkMonthly(MonthlyExecution monthly, List<Problem> problems) {
        if (monthly == null) {
            return;
        }
        List<BigDecimal> values = monthly.cumulative();
        for (int i = 1; i < values.size(); i++) {
            if (values.get(i).compareTo(values.get(i - 1)) < 0) {
                problems.add(Problem.error("/monthly_execution/cumulative/" + i, monthly.labels().get(i) + "累计执行数 " + plain(values.get(i))
                        + " 小于" + monthly.labels().get(i - 1) + "的 " + plain(values.get(i - 1)) + "：累计数不能减少"));
            }
        }
        int last = values.size() - 1;
        if (last >= 0 && last < 11 && monthly.months().get(last) == last + 1) {
            problems.add(Problem.warning("/monthly_execution/months", "月度累计执行数只有 " + values.size() + " 个月，按 1—" + (last + 1)
                    + "月计；如为其他月份（如7—12月），请用 months 写明每个数所属的月份"));
        }
        if (last >= 0 && monthly.months().get(last) == 12 && values.get(last).compareTo(monthly.annualTotal()) != 0) {
            problems.add(Problem.warning("/monthly_execution/cumulative/" + last, monthly.labels().get(last) + "累计执行数 " + plain(values.get(last))
                    + " 与全年决算数 " + plain(monthly.annualTotal()) + " 不一致"));
        }
    }
}
