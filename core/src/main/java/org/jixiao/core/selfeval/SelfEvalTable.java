package org.jixiao.core.selfeval;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * A project self-evaluation table (项目支出绩效自评表, domain §9) as the unit filled it: every printed figure is kept as
 * printed; computed figures live in {@link SelfEvalScore}.
 *
 * @param printedTotal the 总分 the unit filled in; null when left blank
 * @param explanation  the explanation required below 80 points (总分在80分以下…说明)
 */
public record SelfEvalTable(String project, String department, String implementer, BudgetBlock budget,
        String goalExpected, String goalAchieved, List<IndicatorRow> indicators, BigDecimal printedTotal,
        String explanation, Source source) {
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
    }

    /** The identity of a project within a batch: 项目名称 and 实施单位. */
    public String key() {
        return project.strip() + "｜" + implementer.strip();
    }

    public SelfEvalTable withSource(Source newSource) {
        return new SelfEvalTable(project, department, implementer, budget, goalExpected, goalAchieved, indicators,
                printedTotal, explanation, newSource);
    }
}
