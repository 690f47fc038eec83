package org.jixiao.core.selfeval;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.jixiao.core.grade.GradeScheme;

/**
 * A project self-evaluation table (项目支出绩效自评表, domain §9) as the unit filled it: every printed figure is kept as
 * printed; computed figures live in {@link SelfEvalScore}.
 *
 * @param printedTotal the 总分 the unit filled in; null when left blank
 * @param explanation  the explanation required below 80 points (总分在80分以下…说明)
 * @param details      what only some layouts print (sections, grade, bands, the 合计 of weights) and what could not be read
 */
public record SelfEvalTable(String project, String department, String implementer, BudgetBlock budget,
        String goalExpected, String goalAchieved, List<IndicatorRow> indicators, BigDecimal printedTotal,
        String explanation, Source source, Details details) {
    public SelfEvalTable {
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(budget, "budget");
        department = department == null ? "" : department;
        implementer = implementer == null ? "" : implementer;
        goalExpected = goalExpected == null ? "" : goalExpected;
        goalAchieved = goalAchieved == null ? "" : goalAchieved;
        explanation = explanation == null ? "" : explanation;
        indicators = List.copyOf(indicators);
        source = source == null ? Source.NONE : source;
        details = details == null ? Details.NONE : details;
    }

    public SelfEvalTable(String project, String department, String implementer, BudgetBlock budget, String goalExpected,
            String goalAchieved, List<IndicatorRow> indicators, BigDecimal printedTotal, String explanation, Source source) {
        this(project, department, implementer, budget, goalExpected, goalAchieved, indicators, printedTotal, explanation, source,
                Details.NONE);
    }

    /**
     * @param family             the layout family the table was read with (项目支出绩效自评表（财预〔2020〕10号）…); "" when built
     * @param sections           groups of rows with printed weights or subtotals
     * @param printedGrade       the 自评等级 the table prints; null when none
     * @param bands              the grade bands the table states; null when it states none (then the standard bands)
     * @param printedWeightTotal the 合计 of 分值 the table prints; null when none
     * @param totalExpected      what all weights (execution and indicators) add up to in this framework (100)
     * @param unchecked          what could not be read at table level, each with its reason, for the "未能核对" list
     * @param sumsIncomplete     rows of the table could not be read at all (a continued piece with other columns), so its
     *                           totals cannot be compared with the rows read
     * @param unreadable         table fields whose cell holds something that could not be read: not blank, not checked
     */
    public record Details(String family, List<Section> sections, String printedGrade, GradeScheme bands, BigDecimal printedWeightTotal,
            BigDecimal totalExpected, List<String> unchecked, boolean sumsIncomplete, Set<Field> unreadable) {
        public static final Details NONE = new Details("", List.of(), null, null, null, BigDecimal.valueOf(100), List.of(), false, Set.of());

        public Details {
            family = family == null ? "" : family;
            sections = List.copyOf(sections);
            unchecked = List.copyOf(unchecked);
            totalExpected = totalExpected == null ? BigDecimal.valueOf(100) : totalExpected;
            unreadable = unreadable == null ? Set.of() : Set.copyOf(unreadable);
        }

        public Details(String family, List<Section> sections, String printedGrade, GradeScheme bands, BigDecimal printedWeightTotal,
                BigDecimal totalExpected, List<String> unchecked, boolean sumsIncomplete) {
            this(family, sections, printedGrade, bands, printedWeightTotal, totalExpected, unchecked, sumsIncomplete, Set.of());
        }
    }

    /** The identity of a project within a batch: 项目名称 and 实施单位. */
    public String key() {
        return project.strip() + "｜" + implementer.strip();
    }

    public SelfEvalTable withSource(Source newSource) {
        return new SelfEvalTable(project, department, implementer, budget, goalExpected, goalAchieved, indicators,
                printedTotal, explanation, newSource, details);
    }

    public SelfEvalTable withIndicators(List<IndicatorRow> rows) {
        return new SelfEvalTable(project, department, implementer, budget, goalExpected, goalAchieved, rows, printedTotal, explanation,
                source, details);
    }
}
