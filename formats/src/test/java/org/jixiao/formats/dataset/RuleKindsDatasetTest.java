package org.jixiao.formats.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;

import org.jixiao.core.evaluation.EvaluationResult;
import org.jixiao.core.evaluation.EvaluationScorer;
import org.jixiao.core.indicator.ScoredIndicator;
import org.junit.jupiter.api.Test;

/** The rule kinds of real reports, written in a dataset as docs/dataset-format.md shows them, scored end to end. */
class RuleKindsDatasetTest {
    static final String DATASET = """
            format: jixiao.evaluation/1
            meta: {department: 测试局, year: 2025}
            total_weight: 20
            indicators:
              - name: 预算管理
                weight: 20
                children:
                  - name: 预算编制科学性
                    weight: 2
                    standard: ①经集体决策的得0.5分；②项目细化的得1分，每有一个未细化扣0.2分，最多扣0.5分；③依据不充分的不得分
                    rule:
                      kind: composite
                      points:
                        - {name: 集体决策, weight: 0.5, gate: true, rule: {kind: deductions, items: []}}
                        - name: 细化编制
                          weight: 1
                          max_deduction: 0.5
                          rule:
                            kind: deductions
                            items:
                              - {points: 0.2, reason: 项目一未细化}
                              - {points: 0.2, reason: 项目二未细化}
                              - {points: 0.2, reason: 项目三未细化}
                        - {name: 编制依据, weight: 0.5, rule: {kind: deductions, items: [{points: 0.5, reason: 未提供测算依据}]}}
                  - name: 资金到位率
                    weight: 2
                    rule: {kind: ratio_score, value: 92.3, label: 资金到位率, unit: "%", floor: {below: 80}}
                  - name: 预算执行率
                    weight: 5
                    rule:
                      kind: ratio_score
                      value: 96.37
                      label: 预算执行率
                      unit: "%"
                      items: [{points: 0.5, reason: 存在年底突击支出}]
                  - name: 执行进度
                    weight: 2
                    rule: {kind: linear_deduction, value: 88.6, label: 预算执行率, unit: "%", threshold: 100, direction: below,
                           per: 5, points: 0.2, steps: whole}
                  - name: 人员控制
                    weight: 2
                    rule: {kind: linear_deduction, value: 34, label: 实有人数, unit: 人, threshold: 29, per: 1, points: 0.5,
                           steps: whole, max_deduction: 1.5}
                  - name: 公用经费控制率
                    weight: 7
                    rule: {kind: ratio_score, value: 105.2, label: 公用经费控制率, unit: "%", better: lower}
            """;

    private static ScoredIndicator leaf(EvaluationResult result, int index) {
        return result.indicators().get(0).children().get(index);
    }

    @Test
    void everyKindScoresAsHandComputed() throws DatasetException {
        EvaluationResult result = EvaluationScorer.score(DatasetReader.read("rules.yaml", DATASET, false).evaluation());

        // 0.5 + max(1 − 0.6, 0.5) + 0 = 1.00
        assertThat(leaf(result, 0).score()).isEqualByComparingTo("1.00");
        // 2 × 92.30% = 1.846 → 1.85
        assertThat(leaf(result, 1).score()).isEqualByComparingTo("1.85");
        // 5 × 96.37% = 4.8185 → 4.82, − 0.5 = 4.32
        assertThat(leaf(result, 2).score()).isEqualByComparingTo("4.32");
        // 11.4 points down = 2 whole steps × 0.2 = 0.4 → 1.60
        assertThat(leaf(result, 3).score()).isEqualByComparingTo("1.60");
        // 5 people over × 0.5 = 2.5, at most 1.5 → 0.50
        assertThat(leaf(result, 4).score()).isEqualByComparingTo("0.50");
        // 100 ÷ 105.2 = 95.06% × 7 = 6.6542 → 6.65
        assertThat(leaf(result, 5).score()).isEqualByComparingTo("6.65");
        assertThat(result.totalScore()).isEqualByComparingTo("15.92");
        assertThat(leaf(result, 0).explanation()).contains("要点②细化编制（1分）");
    }

    @Test
    void pointSharesMustAddUpToTheWeight() {
        String wrong = DATASET.replace("{name: 编制依据, weight: 0.5,", "{name: 编制依据, weight: 0.4,");
        DatasetException e = catchThrowableOfType(DatasetException.class, () -> DatasetReader.read("wrong.yaml", wrong, false));
        assertThat(e.problems()).extracting(DatasetProblem::message)
                .anySatisfy(m -> assertThat(m).contains("各评价要点分值合计 1.9 与指标分值 2 不一致"));
    }

    @Test
    void aPointWithoutRuleIsRefusedAtItsField() {
        String wrong = DATASET.replace("{name: 集体决策, weight: 0.5, gate: true, rule: {kind: deductions, items: []}}",
                "{name: 集体决策, weight: 0.5, gate: true}");
        DatasetException e = catchThrowableOfType(DatasetException.class, () -> DatasetReader.read("wrong.yaml", wrong, false));
        assertThat(e.problems()).isNotEmpty();
        assertThat(e.problems().get(0).toString()).contains("rule");
    }

    @Test
    void unknownFieldsInTheNewKindsAreRefused() {
        for (String wrong : List.of(DATASET.replace("floor: {below: 80}", "floor: {below: 80, points: 1}"),
                DATASET.replace("steps: whole, max_deduction", "steps: all, max_deduction"))) {
            assertThat(catchThrowableOfType(DatasetException.class, () -> DatasetReader.read("wrong.yaml", wrong, false))).isNotNull();
        }
    }
}
