package org.jixiao.formats.dataset;

import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * An evaluation's indicator system as a template (指标体系模板): the tree, the weights, each node's 评分标准 and each rule's
 * kind and parameters (thresholds, tiers, bands, steps, scales, the standard ratio it measures), with every fact of the
 * evaluation cleared — deductions, ratings, scores, measured values, grades, ranks, last year's figures, spending at the
 * checkpoints, the targets and their actual values, evidence, budget figures, prose and printed figures. An evaluation
 * created from it has every leaf 尚未评分 until its inputs are entered; docs/dataset-format.md lists when each kind counts
 * as scored.
 */
public final class IndicatorSystemTemplate {
    private IndicatorSystemTemplate() {}

    /** Top-level sections a template keeps; everything else is the evaluation's own data. */
    private static final List<String> KEPT = List.of("format", "grading", "total_weight");

    /** Per rule kind, the fields that are the evaluator's assessment or the evaluation's facts. */
    private static final Map<String, Set<String>> FACTS = Map.ofEntries(
            Map.entry("deductions", Set.of("items")),
            Map.entry("group_deductions", Set.of("items")),
            Map.entry("qualitative", Set.of("level", "score")),
            Map.entry("manual", Set.of("score", "justification")),
            Map.entry("linear_deduction", Set.of("value")),
            Map.entry("tiers", Set.of("value")),
            Map.entry("ratio_score", Set.of("value", "items")),
            Map.entry("deviation", Set.of("value")),
            Map.entry("grade_average", Set.of("items")),
            Map.entry("rank", Set.of("rank", "count")),
            Map.entry("year_on_year", Set.of("current", "previous")),
            Map.entry("checkpoints", Set.of("base")),
            Map.entry("execution_rate", Set.of("budget", "executed")),
            Map.entry("proportional", Set.of("targets", "target")));

    /**
     * @param dataset a dataset tree (as read from YAML/JSON); meta keeps only the year and the subject (the title is composed
     *                from department and year when an evaluation is created)
     */
    public static ObjectNode of(JsonNode dataset) {
        ObjectNode template = JsonNodeFactory.instance.objectNode();
        template.put("format", DatasetReader.FORMAT);
        ObjectNode meta = template.putObject("meta");
        meta.put("department", "（被评价部门）");
        meta.put("year", dataset.path("meta").path("year").asInt(2024));
        if (dataset.path("meta").has("subject")) {
            meta.set("subject", dataset.path("meta").get("subject"));
        }
        for (String field : KEPT) {
            if (dataset.has(field) && !field.equals("format")) {
                template.set(field, dataset.get(field).deepCopy());
            }
        }
        ArrayNode indicators = template.putArray("indicators");
        dataset.path("indicators").forEach(node -> indicators.add(node(node)));
        return template;
    }

    private static ObjectNode node(JsonNode source) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        for (String field : List.of("code", "name", "weight", "standard", "ratio")) {
            if (source.has(field)) {
                node.set(field, source.get(field).deepCopy());
            }
        }
        if (source.has("rule")) {
            node.set("rule", rule(source.get("rule"), source.path("name").asText()));
        }
        if (source.has("children")) {
            ArrayNode children = node.putArray("children");
            source.get("children").forEach(child -> children.add(node(child)));
        }
        return node;
    }

    private static ObjectNode rule(JsonNode source, String indicatorName) {
        ObjectNode rule = ((ObjectNode) source).deepCopy();
        String kind = rule.path("kind").asText();
        FACTS.getOrDefault(kind, Set.of()).forEach(rule::remove);
        switch (kind) {
            case "proportional" -> {
                // the targets are the evaluation's own: a placeholder to be replaced by the department's targets
                ObjectNode target = rule.putObject("target");
                target.put("name", indicatorName);
                target.put("op", "定性");
                target.put("value", "完成");
            }
            case "combined_tiers" -> rule.path("measures").forEach(m -> ((ObjectNode) m).remove("value"));
            case "checkpoints" -> rule.path("checkpoints").forEach(c -> ((ObjectNode) c).remove("executed"));
            case "composite" -> {
                ArrayNode points = (ArrayNode) rule.path("points");
                for (Iterator<JsonNode> it = points.elements(); it.hasNext();) {
                    ObjectNode point = (ObjectNode) it.next();
                    if (point.has("rule")) {
                        point.set("rule", rule(point.get("rule"), indicatorName + "·" + point.path("name").asText()));
                    }
                }
            }
            default -> {
                // the kind's facts are removed above
            }
        }
        return rule;
    }
}
