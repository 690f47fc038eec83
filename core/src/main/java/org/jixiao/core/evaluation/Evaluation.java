package org.jixiao.core.evaluation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

import org.jixiao.core.grade.GradeScheme;
import org.jixiao.core.indicator.Indicator;
import org.jixiao.core.printed.PrintedFigures;
import org.jixiao.core.ratio.BudgetFacts;
import org.jixiao.core.ratio.History;
import org.jixiao.core.ratio.MonthlyExecution;
import org.jixiao.core.ratio.Project;
import org.jixiao.core.targets.Target;

/**
 * One evaluation as the data keeps it: only inputs. Scores, totals, ratios and grades are computed by
 * {@link EvaluationScorer}, never stored.
 *
 * @param totalWeight what the 一级 weights must add up to (100 unless a framework says otherwise)
 * @param monthly     may be null
 * @param printed     the figures the evaluation's report printed, to compare with the computed ones; may be null
 */
public record Evaluation(
        Meta meta,
        GradeScheme grading,
        BudgetFacts budget,
        MonthlyExecution monthly,
        History history,
        List<Project> projects,
        List<Target> targets,
        List<Indicator> indicators,
        BigDecimal totalWeight,
        Findings findings,
        PrintedFigures printed) {

    public static final BigDecimal STANDARD_TOTAL = BigDecimal.valueOf(100);

    public Evaluation {
        Objects.requireNonNull(meta, "meta");
        grading = grading == null ? GradeScheme.standard() : grading;
        budget = budget == null ? BudgetFacts.empty() : budget;
        history = history == null ? History.empty() : history;
        projects = projects == null ? List.of() : List.copyOf(projects);
        targets = targets == null ? List.of() : List.copyOf(targets);
        indicators = indicators == null ? List.of() : List.copyOf(indicators);
        totalWeight = totalWeight == null ? STANDARD_TOTAL : totalWeight;
        findings = findings == null ? Findings.none() : findings;
    }

    public Evaluation(Meta meta, GradeScheme grading, BudgetFacts budget, MonthlyExecution monthly, History history, List<Project> projects,
            List<Target> targets, List<Indicator> indicators, BigDecimal totalWeight, Findings findings) {
        this(meta, grading, budget, monthly, history, projects, targets, indicators, totalWeight, findings, null);
    }

    /** The same evaluation with other printed figures. */
    public Evaluation withPrinted(PrintedFigures figures) {
        return new Evaluation(meta, grading, budget, monthly, history, projects, targets, indicators, totalWeight, findings, figures);
    }

    /** A bare evaluation: an indicator tree and nothing else (for tests and templates). */
    public static Evaluation ofTree(Meta meta, List<Indicator> indicators) {
        return new Evaluation(meta, null, null, null, null, null, null, indicators, null, null);
    }
}
