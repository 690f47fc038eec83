package org.jixiao.app.server.evaluation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Which part of a leaf's rule is the indicator system and which the evaluator's assessment. The kind of rule and its
 * parameters (thresholds, tiers, points per step, the ratio or targets it reads, a target's value) are the indicator
 * system, confirmed with the client: changing them — making a computed score a manual one, say — is a change of the
 * indicator system. What the evaluator enters within a rule is the assessment: the deduction items, the level and score
 * of a qualitative rule, the score and justification of a manual one, a measured value typed in where no ratio computes
 * it, and an inline target's actual value and source.
 */
final class IndicatorSystem {
    /** The assessment fields of each kind of rule; anything else in a rule is the indicator system. */
    private static final Map<String, Set<String>> ASSESSMENT = Map.of(
            "deductions", Set.of("items"),
            "qualitative", Set.of("level", "score"),
            "manual", Set.of("score", "justification"),
            "tiers", Set.of("value"),
            "linear_deduction", Set.of("value"),
            "execution_rate", Set.of("budget", "executed"),
            "proportional", Set.of("target"));
    /** The fields of a measured value that a ratio computes when the rule names one. */
    private static final Set<String> MEASURED = Set.of("value", "budget", "executed");
    /** Of an inline target, only what was achieved is the evaluator's. */
    private static final Set<String> TARGET_ASSESSMENT = Set.of("actual", "source");

    /** The kinds of rule in the words of {@code org.jixiao.core.scoring} (their {@code label()}). */
    private static final Map<String, String> KIND_LABELS = Map.of(
            "deductions", "扣分制",
            "qualitative", "定性评价",
            "manual", "评价人员评定",
            "tiers", "分档计分",
            "linear_deduction", "超标准按比例扣分",
            "execution_rate", "按预算执行率计分",
            "proportional", "按目标完成比例计分");
    private static final ObjectMapper JSON = new ObjectMapper();

    private IndicatorSystem() {}

    /** A rule as the history stores it (JSON) in words: its kind, and its score when it is a manual one. */
    static String describe(String ruleJson) {
        JsonNode rule;
        try {
            rule = ruleJson == null ? null : JSON.readTree(ruleJson);
        } catch (JsonProcessingException e) {
            return ruleJson;
        }
        if (rule == null || !rule.isObject()) {
            return "—";
        }
        String kind = rule.path("kind").asText();
        String label = KIND_LABELS.getOrDefault(kind, kind);
        return rule.has("score") && ("manual".equals(kind) || "qualitative".equals(kind)) ? label + "，" + rule.get("score").asText() + " 分"
                : label;
    }

    /** The rule's fields whose change is a change of the indicator system, in order; empty when the change is an assessment. */
    static List<String> changedFields(JsonNode before, JsonNode after) {
        Set<String> names = new LinkedHashSet<>();
        before.fieldNames().forEachRemaining(names::add);
        after.fieldNames().forEachRemaining(names::add);
        String kind = before.path("kind").asText();
        boolean sameKind = kind.equals(after.path("kind").asText());
        boolean computed = before.has("ratio") || after.has("ratio");
        Set<String> assessment = sameKind ? ASSESSMENT.getOrDefault(kind, Set.of()) : Set.of();
        List<String> changed = new ArrayList<>();
        for (String name : names) {
            JsonNode old = before.path(name);
            JsonNode now = after.path(name);
            if (same(old, now)) {
                continue;
            }
            boolean evaluators = assessment.contains(name) && !(computed && MEASURED.contains(name))
                    && (!"target".equals(name) || onlyAchievementChanged(old, now));
            if (!evaluators) {
                changed.add(name);
            }
        }
        return changed;
    }

    private static boolean onlyAchievementChanged(JsonNode before, JsonNode after) {
        if (!before.isObject() || !after.isObject()) {
            return false;
        }
        Set<String> names = new LinkedHashSet<>();
        before.fieldNames().forEachRemaining(names::add);
        after.fieldNames().forEachRemaining(names::add);
        for (String name : names) {
            if (!TARGET_ASSESSMENT.contains(name) && !same(before.path(name), after.path(name))) {
                return false;
            }
        }
        return true;
    }

    /** Numbers compare by value: 1, 1.0 and 1.00 written by different clients are the same parameter. */
    private static final Comparator<JsonNode> BY_VALUE = (a, b) -> a.isNumber() && b.isNumber()
            ? a.decimalValue().compareTo(b.decimalValue()) : Objects.equals(a, b) ? 0 : 1;

    private static boolean same(JsonNode a, JsonNode b) {
        return a.isMissingNode() ? b.isMissingNode() : a.equals(BY_VALUE, b);
    }
}
