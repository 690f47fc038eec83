package org.jixiao.core.evaluation;

import java.util.List;

/**
 * The prose of an evaluation, kept as written: the department's profile (部门概况: organisation, duties) and the
 * evaluator's 主要成效, 存在的问题及原因分析, 意见建议.
 */
public record Findings(List<Section> profile, List<Section> achievements, List<Section> problems, List<Section> suggestions) {
    public Findings {
        profile = profile == null ? List.of() : List.copyOf(profile);
        achievements = achievements == null ? List.of() : List.copyOf(achievements);
        problems = problems == null ? List.of() : List.copyOf(problems);
        suggestions = suggestions == null ? List.of() : List.copyOf(suggestions);
    }

    public static Findings none() {
        return new Findings(List.of(), List.of(), List.of(), List.of());
    }

    public record Section(String title, String text) {}
}
