package org.jixiao.formats.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import org.jixiao.core.evaluation.EvaluationScorer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input gets a clear message naming the file, the line and the field — and no evaluation. */
class DatasetErrorsTest {
    /** A small valid dataset; line numbers in the tests below refer to it. */
    static final String VALID = """
            format: jixiao.evaluation/1
            meta:
              department: 测试局
              year: 2024
            budget:
              initial: {total: 100}
              final: {total: 90}
            indicators:
              - name: 管理
                weight: 100
                children:
                  - name: 决策
                    weight: 60
                    rule:
                      kind: deductions
                      items:
                        - {points: 10, reason: 计划不细}
                  - name: 执行
                    weight: 40
                    rule:
                      kind: manual
                      score: 30
                      justification: 抽查发现两处问题
            """;

    @Test
    void theValidDatasetScores() throws DatasetException {
        var result = EvaluationScorer.score(DatasetReader.read("ok.yaml", VALID, false).evaluation());
        assertThat(result.totalScore()).isEqualByComparingTo("80");
        assertThat(result.grade()).isEqualTo("良");
    }

    @Test
    void unknownRuleKind() {
        DatasetProblem problem = single(VALID.replace("kind: manual", "kind: magic"));
        assertThat(problem.line()).isEqualTo(21);
        assertThat(problem.field()).isEqualTo("indicators[0].children[1].rule.kind");
        assertThat(problem.message()).contains("未知的评分规则类型“magic”").contains("deductions").contains("manual");
        assertThat(problem.describe()).startsWith("bad.yaml 第 21 行 (indicators[0].children[1].rule.kind): ");
    }

    @Test
    void weightsThatDoNotAddUpToTheParent() {
        DatasetProblem problem = single(VALID.replace("weight: 40", "weight: 30").replace("score: 30", "score: 20"));
        assertThat(problem.line()).isEqualTo(10);
        assertThat(problem.field()).isEqualTo("indicators[0].weight");
        assertThat(problem.message()).contains("“管理”的下级指标分值合计 90 与本级分值 100 不一致");
    }

    @Test
    void levelOneWeightsThatDoNotAddUpTo100() {
        List<DatasetProblem> problems = problems(VALID.replace("weight: 100", "weight: 90").replace("weight: 60", "weight: 50"));
        assertThat(problems).anySatisfy(p -> {
            assertThat(p.field()).isEqualTo("indicators");
            assertThat(p.line()).isEqualTo(8);
            assertThat(p.message()).contains("一级指标分值合计 90 与总分 100 不一致");
        });
    }

    @Test
    void scoreAboveItsWeight() {
        DatasetProblem problem = single(VALID.replace("score: 30", "score: 45"));
        assertThat(problem.line()).isEqualTo(22);
        assertThat(problem.field()).isEqualTo("indicators[0].children[1].rule.score");
        assertThat(problem.message()).contains("“执行”的得分 45 超过分值 40");
    }

    @Test
    void nonNumericAmount() {
        DatasetProblem problem = single(VALID.replace("total: 100}", "total: \"7,490.64\"}"));
        assertThat(problem.line()).isEqualTo(6);
        assertThat(problem.field()).isEqualTo("budget.initial.total");
        assertThat(problem.message()).contains("应为数字").contains("“7,490.64”");
    }

    @Test
    void textInANumberCell() {
        DatasetProblem problem = single(VALID.replace("weight: 60", "weight: 六十"));
        assertThat(problem.line()).isEqualTo(13);
        assertThat(problem.field()).isEqualTo("indicators[0].children[0].weight");
        assertThat(problem.message()).contains("应为数字");
    }

    @Test
    void missingRequiredField() {
        DatasetProblem problem = single(VALID.replace("  department: 测试局\n", ""));
        assertThat(problem.line()).isEqualTo(2);
        assertThat(problem.field()).isEqualTo("meta");
        assertThat(problem.message()).contains("缺少必填字段“department”");
    }

    @Test
    void missingJustificationOfAManualScore() {
        DatasetProblem problem = single(VALID.replace("          justification: 抽查发现两处问题\n", ""));
        assertThat(problem.field()).isEqualTo("indicators[0].children[1].rule");
        assertThat(problem.message()).contains("缺少必填字段“justification”");
    }

    @Test
    void misspelledField() {
        List<DatasetProblem> problems = problems(VALID.replace("department:", "departmnet:"));
        assertThat(problems).extracting(DatasetProblem::describe).containsExactly(
                "bad.yaml 第 2 行 (meta): 缺少必填字段“department”（在 meta 下）",
                "bad.yaml 第 3 行 (meta.departmnet): 未知字段“departmnet”：本格式没有这个字段（拼写是否有误？可用字段见 docs/dataset-format.md）");
    }

    @Test
    void leafWithoutRule() {
        String text = VALID.replace("""
                    rule:
                      kind: deductions
                      items:
                        - {points: 10, reason: 计划不细}
            """, "");
        DatasetProblem problem = single(text);
        assertThat(problem.field()).isEqualTo("indicators[0].children[0]");
        assertThat(problem.line()).isEqualTo(12);
        assertThat(problem.message()).contains("末级指标，缺少评分规则");
    }

    @Test
    void unknownTargetReference() {
        String text = VALID.replace("""
                      kind: deductions
                      items:
                        - {points: 10, reason: 计划不细}
            """, """
                      kind: proportional
                      targets: [T-9]
            """);
        DatasetProblem problem = single(text);
        assertThat(problem.field()).isEqualTo("indicators[0].children[0].rule.targets[0]");
        assertThat(problem.line()).isEqualTo(16);
        assertThat(problem.message()).contains("不存在的绩效目标编号“T-9”");
    }

    @Test
    void ratioThatCannotBeComputed() throws DatasetException {
        String text = VALID.replace("""
                      kind: deductions
                      items:
                        - {points: 10, reason: 计划不细}
            """, """
                      kind: linear_deduction
                      ratio: staff_control_rate
                      threshold: 100
                      points: 0.1
            """);
        // not an error: the leaf is not yet scored (0 points) until the budget data is entered, and a warning says why
        DatasetReader.Read read = DatasetReader.read("ok.yaml", text, false);
        DatasetProblem problem = read.warnings().stream().filter(w -> w.field().endsWith("rule.ratio")).findFirst().orElseThrow();
        assertThat(problem.field()).isEqualTo("indicators[0].children[0].rule.ratio");
        assertThat(problem.message()).contains("在职人员控制率").contains("缺少").contains("实际在职人数").contains("编制数");
    }

    @Test
    void malformedYaml() {
        DatasetProblem problem = single(VALID.replace("    weight: 100\n", "    weight: 100\n   oops: [\n"));
        assertThat(problem.line()).isGreaterThan(0);
        assertThat(problem.message()).contains("YAML 格式错误");
    }

    @Test
    void duplicateField() {
        DatasetProblem problem = single(VALID.replace("  year: 2024\n", "  year: 2024\n  year: 2025\n"));
        assertThat(problem.line()).isEqualTo(5);
        assertThat(problem.message()).contains("字段“year”重复出现");
    }

    @Test
    void wrongFormatVersion() {
        DatasetProblem problem = single(VALID.replace("jixiao.evaluation/1", "jixiao.evaluation/9"));
        assertThat(problem.line()).isEqualTo(1);
        assertThat(problem.message()).contains("不支持的格式“jixiao.evaluation/9”");
    }

    @Test
    void jsonErrorsNameTheirPathAndLine() throws Exception {
        String json = new ObjectMapper().writerWithDefaultPrettyPrinter()
                .writeValueAsString(new YAMLMapper().readTree(VALID.replace("score: 30", "score: 45")));
        DatasetException e = catchThrowableOfType(DatasetException.class, () -> DatasetReader.read("bad.json", json, true));
        DatasetProblem problem = e.problems().get(0);
        assertThat(problem.field()).isEqualTo("indicators[0].children[1].rule.score");
        assertThat(json.lines().toList().get(problem.line() - 1)).contains("\"score\" : 45");
    }

    @Test
    void notUtf8(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("gbk.yaml");
        Files.write(file, VALID.getBytes("GBK"));
        DatasetException e = catchThrowableOfType(DatasetException.class, () -> DatasetReader.read(file));
        assertThat(e.problems().get(0).message()).contains("不是 UTF-8");
        assertThat(e.problems().get(0).file()).isEqualTo(file.toString());
    }

    @Test
    void missingFile() {
        DatasetException e = catchThrowableOfType(DatasetException.class, () -> DatasetReader.read(Path.of("no-such-file.yaml")));
        assertThat(e.problems().get(0).describe()).isEqualTo("no-such-file.yaml: 文件不存在");
    }

    @Test
    void theExampleAsJsonScoresTheSame(@TempDir Path dir) throws Exception {
        var yaml = new YAMLMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
        Path json = dir.resolve("weihai.json");
        new ObjectMapper().writerWithDefaultPrettyPrinter().writeValue(json.toFile(), yaml.readTree(WeihaiExampleTest.EXAMPLE.toFile()));
        var fromJson = EvaluationScorer.score(DatasetReader.read(json).evaluation());
        assertThat(fromJson.totalScore()).isEqualByComparingTo(new BigDecimal("86.78"));
        assertThat(fromJson.grade()).isEqualTo("良");
        assertThat(fromJson.leaves()).hasSize(46);
    }

    private static List<DatasetProblem> problems(String text) {
        DatasetException e = catchThrowableOfType(DatasetException.class, () -> DatasetReader.read("bad.yaml", text, false));
        assertThat(e).as("expected the dataset to be rejected").isNotNull();
        return e.problems();
    }

    private static DatasetProblem single(String text) {
        List<DatasetProblem> problems = problems(text);
        assertThat(problems).as(problems.toString()).hasSize(1);
        return problems.get(0);
    }
}
