package org.jixiao.core.evaluation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.jixiao.core.indicator.ScoredIndicator;
import org.jixiao.core.ratio.HistoryTables;
import org.jixiao.core.ratio.MonthlyProgress;
import org.jixiao.core.ratio.ProjectExecution;
import org.jixiao.core.ratio.RatioSet;
import org.jixiao.core.targets.TargetAssessment;

/**
 * Everything computed from one evaluation: the scored tree, total, 得分率 and grade, the standard ratios, the target
 * assessments, the monthly progress, the project execution and the multi-year tables.
 *
 * @param totalRatePercent total ÷ total weight, in percent, 2 decimals
 * @param monthlyProgress  null when the dataset has no monthly execution
 */
public record EvaluationResult(
        Evaluation evaluation,
        List<ScoredIndicator> indicators,
        BigDecimal totalWeight,
        BigDecimal totalScore,
        BigDecimal totalRatePercent,
        String grade,
        RatioSet ratios,
        List<TargetAssessment> targets,
        MonthlyProgress monthlyProgress,
        ProjectExecution projectExecution,
        HistoryTables history) {

    /** Every scored node, depth first. */
    public List<ScoredIndicator> allIndicators() {
        return indicators.stream().flatMap(i -> i.flatten().stream()).toList();
    }

    public List<ScoredIndicator> leaves() {
        return indicators.stream().flatMap(i -> i.leaves().stream()).toList();
    }

    /** The first indicator of this name anywhere in the tree. */
    public Optional<ScoredIndicator> find(String name) {
        return allIndicators().stream().filter(i -> i.name().equals(name)).findFirst();
    }

    public Optional<MonthlyProgress> monthly() {
        return Optional.ofNullable(monthlyProgress);
    }
}
