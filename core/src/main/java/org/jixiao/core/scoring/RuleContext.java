package org.jixiao.core.scoring;

import java.util.Map;
import java.util.Optional;

import org.jixiao.core.ratio.MonthlyExecution;
import org.jixiao.core.ratio.Ratio;
import org.jixiao.core.ratio.RatioId;
import org.jixiao.core.ratio.RatioSet;
import org.jixiao.core.targets.Target;

/**
 * What a rule may look up: the evaluation's targets by id, its computed standard ratios and its monthly execution (null
 * when the dataset has none).
 */
public record RuleContext(Map<String, Target> targets, RatioSet ratios, MonthlyExecution monthly) {
    public RuleContext {
        targets = Map.copyOf(targets);
    }

    public RuleContext(Map<String, Target> targets, RatioSet ratios) {
        this(targets, ratios, null);
    }

    public Optional<Target> target(String id) {
        return Optional.ofNullable(targets.get(id));
    }

    public Optional<Ratio> ratio(RatioId id) {
        return ratios.get(id);
    }

    Target requireTarget(String id) {
        return target(id).orElseThrow(() -> new IllegalStateException("未定义的绩效指标编号：" + id));
    }

    Ratio requireRatio(RatioId id) {
        return ratio(id).orElseThrow(() -> new IllegalStateException(id.label() + "无法计算，缺少："
                + String.join("、", ratios.missingInputs().getOrDefault(id, java.util.List.of()))));
    }
}
