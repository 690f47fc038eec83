package org.jixiao.formats.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import org.jixiao.core.evaluation.EvaluationResult;
import org.jixiao.core.evaluation.EvaluationScorer;
import org.jixiao.core.indicator.ScoredIndicator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The framework examples (examples/frameworks): each scores as hand-computed with every leaf computed by a rule, and its
 * indicator system, taken as a template, keeps the tree, weights, standards and rule parameters and none of the facts.
 */
class FrameworkExamplesTest {
    private static final Path FRAMEWORKS = Path.of("..", "examples", "frameworks");
    private static final YAMLMapper YAML = new YAMLMapper();

    /** Hand-computed leaf scores (see the comments in the test) and totals. */
    private static final Map<String, Map<String, String>> LEAVES = Map.of(
            "dept-overall-five-dimensions", Map.of(
                    "在职人员控制率", "2.92",       // 50 ÷ 48 = 104.17%: 5 − 4.17 × 0.5 = 2.915
                    "支出进度", "5.12",             // 46.02% ≥ 45 → 2; 70.11% ≥ 70 → 2; 85.59%: 2 − 4.41 × 0.2 = 1.118
                    "预算执行率", "4.30",           // 4,464 ÷ 4,650 = 96% × 5 = 4.8, − 0.5
                    "绩效自评质量", "4.50",         // (100% + 75% + 50%) ÷ 3 × 6
                    "部门整体绩效目标完成情况", "14.55", // (1 + 1 + 1,320 ÷ 1,500 + 1) ÷ 4 × 15
                    "年度综合考核排名", "5.60"),      // 第5名: 第4—6名 80% × 7
            "project-self-evaluation-2020-10", Map.of(
                    "预算执行率", "9.51",           // 817.5 ÷ 860 = 95.06% × 10
                    "数量指标", "19.40",            // (1 + 33,840 ÷ 36,000) ÷ 2 × 20
                    "质量指标", "7.50",             // one of two met, the missed one 0: ½ × 15
                    "成本指标", "8.70",             // 91.6 − 89 = 2.6 元 × 0.5
                    "服务对象满意度", "9.60"),       // 86.4 ÷ 90 = 96% × 10
            "project-evaluation-decision-process", Map.of(
                    "资金到位率", "4.83",           // 96.5% × 5 = 4.825
                    "预算执行率", "4.50",           // 91%: 9 points short = 1 whole step of 5 → −0.5
                    "实际完成率", "11.00",          // (1 + 10 ÷ 12) ÷ 2 × 12
                    "成本节约率", "3.00",           // |91 − 100| = 9 ≤ 10 → 60% × 5
                    "可持续影响", "4.17"));          // (1 + 2/3) ÷ 2 × 5 = 4.1667

    @ParameterizedTest(name = "{0}: {1} {2}")
    @CsvSource({"dept-overall-five-dimensions, 89.66, 良, 17", "project-self-evaluation-2020-10, 84.71, 良, 8",
            "project-evaluation-decision-process, 89.90, 良, 17"})
    void aFilledExampleScoresByItsRules(String name, String total, String grade, int leaves) throws Exception {
        DatasetReader.Read read = DatasetReader.read(FRAMEWORKS.resolve(name + ".yaml"));
        EvaluationResult result = EvaluationScorer.score(read.evaluation());

        assertThat(read.warnings()).isEmpty();
        assertThat(result.totalScore()).isEqualByComparingTo(total);
        assertThat(result.grade()).isEqualTo(grade);
        assertThat(result.leaves()).hasSize(leaves);
        assertThat(result.leaves()).allSatisfy(leaf -> {
            assertThat(leaf.indicator().rule().kind()).isNotIn("manual", "unscored");
            assertThat(leaf.explanation()).doesNotContain("尚未评分");
        });
        LEAVES.get(name).forEach((leaf, score) -> assertThat(result.find(leaf).orElseThrow().score()).as(leaf).isEqualByComparingTo(score));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"dept-overall-five-dimensions", "project-self-evaluation-2020-10", "project-evaluation-decision-process",
            "../weihai-econ-2022"})
    void theIndicatorSystemAsATemplateKeepsTheRulesAndClearsTheFacts(String name) throws Exception {
        JsonNode filled = YAML.readTree(Files.readString(FRAMEWORKS.resolve(name + ".yaml")));
        ObjectNode template = IndicatorSystemTemplate.of(filled);
        String text = YAML.writeValueAsString(template);

        DatasetReader.Read read = DatasetReader.read(name + "-template.yaml", text, false);
        EvaluationResult empty = EvaluationScorer.score(read.evaluation());
        EvaluationResult full = EvaluationScorer.score(DatasetReader.read(FRAMEWORKS.resolve(name + ".yaml")).evaluation());

        // the same tree: names, weights, rule kinds and standards
        List<ScoredIndicator> before = full.allIndicators();
        List<ScoredIndicator> after = empty.allIndicators();
        assertThat(after).hasSameSizeAs(before);
        for (int i = 0; i < before.size(); i++) {
            assertThat(after.get(i).name()).isEqualTo(before.get(i).name());
            assertThat(after.get(i).weight()).isEqualByComparingTo(before.get(i).weight());
            assertThat(after.get(i).indicator().standard()).isEqualTo(before.get(i).indicator().standard());
        }
        // nothing of the evaluation: every leaf waits for its inputs (0 points and a warning each), no facts kept
        assertThat(empty.totalScore()).isEqualByComparingTo("0");
        assertThat(empty.leaves()).allSatisfy(leaf -> assertThat(leaf.explanation()).contains("尚未评分"));
        assertThat(read.warnings()).hasSizeGreaterThanOrEqualTo(empty.leaves().size());
        assertThat(template.has("budget") || template.has("targets") || template.has("projects") || template.has("monthly_execution")
                || template.has("printed") || template.has("findings")).isFalse();
        assertThat(text).doesNotContain("evidence", "reason:", "justification", "actual:");
        assertThat(template.at("/meta/department").asText()).isEqualTo("（被评价部门）");
    }
}
