package org.jixiao.core.scoring;

import static org.jixiao.core.scoring.Rules.n;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.jixiao.core.targets.Operator;

/**
 * 分档 on several measures together: “执行率≥95%且结转结余率≤5%的得满分；执行率≥90%且结转结余率≤10%的得80%；其余不得
 * 分”. The first tier (in the order written) whose every condition holds applies; when none holds the score is 0.
 *
 * @param measures the measures by the key the conditions name, in the order they are described
 */
public record CombinedTiersRule(Map<String, Measure> measures, List<Tier> tiers) implements ScoringRule {

    /** {@code measure op value}, e.g. 执行率 ≥ 95. */
    public record Condition(String measure, Operator op, BigDecimal value) {
        public Condition {
            Objects.requireNonNull(measure, "measure");
            Objects.requireNonNull(value, "value");
            if (op == null || !op.isQuantitative()) {
                throw new IllegalArgumentException("条件的比较符应为 ≥ ≤ = ＞ ＜");
            }
        }

        boolean holds(BigDecimal actual) {
            int c = actual.compareTo(value);
            return switch (op) {
                case AT_LEAST -> c >= 0;
                case AT_MOST -> c <= 0;
                case EQUAL -> c == 0;
                case GREATER -> c > 0;
                case LESS -> c < 0;
                case QUALITATIVE -> false;
            };
        }
    }

    public record Tier(List<Condition> when, Award award) {
        public Tier {
            when = List.copyOf(when);
            Objects.requireNonNull(award, "award");
        }
    }

    public CombinedTiersRule {
        measures = new LinkedHashMap<>(measures);
        tiers = List.copyOf(tiers);
        if (tiers.isEmpty()) {
            throw new IllegalArgumentException("组合分档至少需要一个档次");
        }
        for (Tier tier : tiers) {
            for (Condition condition : tier.when()) {
                if (!measures.containsKey(condition.measure())) {
                    throw new IllegalArgumentException("条件引用了未定义的实测值“" + condition.measure() + "”");
                }
            }
        }
    }

    @Override
    public String kind() {
        return "combined_tiers";
    }

    @Override
    public String label() {
        return "组合分档计分";
    }

    @Override
    public RuleResult apply(BigDecimal weight, RuleContext context) {
        for (Measure measure : measures.values()) {
            if (measure.ratio() != null && context.ratio(measure.ratio()).isEmpty()) {
                return new RuleResult(BigDecimal.ZERO.setScale(2), "尚未评分：" + measure.ratio().label() + "无法计算，暂按 0 分计。");
            }
        }
        Map<String, Measure.Resolved> values = new LinkedHashMap<>();
        measures.forEach((key, measure) -> values.put(key, measure.resolve(context)));
        String head = values.values().stream().map(Measure.Resolved::describe).collect(Collectors.joining("，"));
        for (Tier tier : tiers) {
            if (tier.when().stream().allMatch(c -> c.holds(values.get(c.measure()).value()))) {
                BigDecimal score = tier.award().points(weight);
                return new RuleResult(score, head + "，符合“" + describe(tier, values) + "”，" + tier.award().describe(weight) + "。");
            }
        }
        return new RuleResult(BigDecimal.ZERO.setScale(2), head + "，不符合任何得分档次，不得分。");
    }

    private static String describe(Tier tier, Map<String, Measure.Resolved> values) {
        List<String> parts = new ArrayList<>();
        for (Condition c : tier.when()) {
            Measure.Resolved v = values.get(c.measure());
            parts.add(v.label() + c.op().symbol() + n(c.value()) + v.unit());
        }
        return String.join("且", parts);
    }
}
