package org.jixiao.core.evaluation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jixiao.core.indicator.Indicator;
import org.jixiao.core.indicator.ScoredIndicator;
import org.jixiao.core.number.Decimals;
import org.jixiao.core.ratio.HistoryTables;
import org.jixiao.core.ratio.MonthlyProgress;
import org.jixiao.core.ratio.ProjectExecution;
import org.jixiao.core.ratio.RatioSet;
import org.jixiao.core.scoring.GroupDeductionRule;
import org.jixiao.core.scoring.RuleContext;
import org.jixiao.core.scoring.RuleResult;
import org.jixiao.core.targets.Target;
import org.jixiao.core.targets.TargetAssessment;
import org.jixiao.core.validation.EvaluationValidator;
import org.jixiao.core.validation.Problem;

/** Computes an {@link EvaluationResult} from an {@link Evaluation}. Pure: the same data always gives the same result. */
public final class EvaluationScorer {
    private EvaluationScorer() {}

    /**
     * @throws InvalidEvaluationException when the evaluation has errors (see {@link EvaluationValidator})
     */
    public static EvaluationResult score(Evaluation evaluation) {
        return score(EvaluationValidator.check(evaluation));
    }

    /**
     * Scores an evaluation already validated, with the ratios computed by that validation.
     *
     * @throws InvalidEvaluationException when the check found errors
     */
    public static EvaluationResult score(EvaluationValidator.Checked checked) {
        List<Problem> errors = checked.problems().stream().filter(Problem::isError).toList();
        if (!errors.isEmpty()) {
            throw new InvalidEvaluationException(errors);
        }
        Evaluation evaluation = checked.evaluation();
        RatioSet ratios = checked.ratios();
        Map<String, Target> targets = new LinkedHashMap<>();
        evaluation.targets().forEach(t -> targets.put(t.id(), t));
        RuleContext context = new RuleContext(targets, ratios, evaluation.monthly());

        List<ScoredIndicator> roots = new ArrayList<>();
        for (int i = 0; i < evaluation.indicators().size(); i++) {
            roots.add(score(evaluation.indicators().get(i), 1, "/indicators/" + i, context));
        }
        BigDecimal totalWeight = roots.stream().map(ScoredIndicator::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal totalScore = Decimals.round2(roots.stream().map(ScoredIndicator::score).reduce(BigDecimal.ZERO, BigDecimal::add));
        BigDecimal rate = totalWeight.signum() == 0 ? null : Decimals.percent(totalScore, totalWeight);
        String grade = evaluation.grading().gradeOf(totalScore);

        List<TargetAssessment> assessments = evaluation.targets().stream().map(TargetAssessment::of).toList();
        MonthlyProgress monthly = evaluation.monthly() == null ? null : MonthlyProgress.of(evaluation.monthly());
        return new EvaluationResult(evaluation, List.copyOf(roots), totalWeight, totalScore, rate, grade, ratios, assessments,
                monthly, ProjectExecution.of(evaluation.projects()), HistoryTables.of(evaluation.history()));
    }

    /** Leaves score by their rule; a parent is the sum of its children's rounded scores (domain §4). */
    static ScoredIndicator score(Indicator indicator, int level, String path, RuleContext context) {
        if (indicator.isLeaf()) {
            RuleResult result = unscoredForMissingRatio(indicator, context);
            if (result == null) {
                result = indicator.rule().apply(indicator.weight(), context);
            }
            return new ScoredIndicator(indicator, level, path, result.score(), rate(result.score(), indicator.weight()),
                    result.explanation(), List.of());
        }
        List<ScoredIndicator> children = new ArrayList<>();
        for (int i = 0; i < indicator.children().size(); i++) {
            children.add(score(indicator.children().get(i), level + 1, path + "/children/" + i, context));
        }
        if (indicator.rule() instanceof GroupDeductionRule group) {
            children = shareGroupDeduction(indicator.name(), group, children);
        }
        return inner(indicator, level, path, children);
    }

    private static ScoredIndicator inner(Indicator indicator, int level, String path, List<ScoredIndicator> children) {
        BigDecimal sum = children.stream().map(ScoredIndicator::score).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new ScoredIndicator(indicator, level, path, Decimals.round2(sum), rate(sum, indicator.weight()), null, List.copyOf(children));
    }

    /** A deduction made at a group node, shared by every leaf under it (see {@link GroupDeductionRule#allocate}). */
    private static List<ScoredIndicator> shareGroupDeduction(String groupName, GroupDeductionRule group, List<ScoredIndicator> children) {
        List<ScoredIndicator> leaves = new ArrayList<>();
        children.forEach(child -> leaves.addAll(child.leaves()));
        List<BigDecimal> shares = GroupDeductionRule.allocate(group.total(), leaves.stream().map(ScoredIndicator::weight).toList(),
                leaves.stream().map(ScoredIndicator::score).toList());
        Map<String, BigDecimal> byPath = new LinkedHashMap<>();
        for (int i = 0; i < leaves.size(); i++) {
            byPath.put(leaves.get(i).path(), shares.get(i));
        }
        return children.stream().map(child -> deduct(child, byPath, groupName, group)).toList();
    }

    private static ScoredIndicator deduct(ScoredIndicator node, Map<String, BigDecimal> shares, String groupName, GroupDeductionRule group) {
        if (node.isLeaf()) {
            BigDecimal share = shares.getOrDefault(node.path(), BigDecimal.ZERO);
            BigDecimal score = Decimals.round2(node.score().subtract(share));
            return new ScoredIndicator(node.indicator(), node.level(), node.path(), score, rate(score, node.weight()),
                    node.explanation() + group.shareSentence(groupName, share, score), List.of());
        }
        List<ScoredIndicator> children = node.children().stream().map(child -> deduct(child, shares, groupName, group)).toList();
        return inner(node.indicator(), node.level(), node.path(), children);
    }

    /**
     * A rule that measures a standard ratio whose inputs the dataset does not give (yet) is not scored: 0 points and a
     * sentence naming what is missing (the validator warns about it), as for a target without its actual value.
     */
    private static RuleResult unscoredForMissingRatio(Indicator leaf, RuleContext context) {
        org.jixiao.core.ratio.RatioId ratio = leaf.rule().ratioInput();
        if (ratio == null || context.ratio(ratio).isPresent()) {
            return null;
        }
        return new RuleResult(BigDecimal.ZERO.setScale(2), "尚未评分：" + ratio.label() + "无法计算，缺少"
                + String.join("、", context.ratios().missingInputs().getOrDefault(ratio, List.of())) + "，暂按 0 分计。");
    }

    private static BigDecimal rate(BigDecimal score, BigDecimal weight) {
        return weight.signum() == 0 ? null : Decimals.percent(score, weight);
    }
}
