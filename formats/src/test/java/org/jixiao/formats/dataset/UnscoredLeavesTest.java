package org.jixiao.formats.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.jixiao.core.evaluation.EvaluationResult;
import org.jixiao.core.evaluation.EvaluationScorer;
import org.jixiao.core.indicator.ScoredIndicator;
import org.junit.jupiter.api.Test;

/** Leaves whose assessment is not entered yet (尚未评分), as in an evaluation fresh from a template. */
class UnscoredLeavesTest {
    static final String FRESH = """
            format: jixiao.evaluation/1
            meta: {department: 测试局, year: 2025}
            indicators:
              - name: 管理
                weight: 60
                children:
                  - {name: 决策依据, weight: 10, rule: {kind: deductions}}
                  - {name: 程序规范, weight: 10, rule: {kind: qualitative}}
                  - {name: 标准匹配, weight: 10, rule: {kind: manual}}
                  - {name: 满意度, weight: 10, rule: {kind: tiers, unit: "%", tiers: [{min: 90, fraction: 1}]}}
                  - name: 在职人员控制率
                    weight: 10
                    rule: {kind: linear_deduction, ratio: staff_control_rate, threshold: 100, direction: above, per: 1, points: 0.1}
                  - {name: 执行率, weight: 10, rule: {kind: execution_rate, ratio: budget_execution_rate}}
              - {name: 无扣分, weight: 40, rule: {kind: deductions, items: []}}
            """;

    @Test
    void scoreZeroWithAWarningEachUntilAssessed() throws DatasetException {
        DatasetReader.Read read = DatasetReader.read("fresh.yaml", FRESH, false);
        EvaluationResult result = EvaluationScorer.score(read.evaluation());
        // only the deductions leaf with an (empty) list is assessed: no deductions, full marks
        assertThat(result.totalScore()).isEqualByComparingTo("40.00");
        ScoredIndicator management = result.indicators().get(0);
        assertThat(management.score()).isEqualByComparingTo("0.00");
        assertThat(management.children()).allSatisfy(leaf -> assertThat(leaf.explanation()).startsWith("尚未评分"));
        assertThat(management.children().get(0).explanation()).isEqualTo("尚未评分：待填写扣分点（无扣分点的得满分），暂按 0 分计。");
        assertThat(management.children().get(4).explanation()).contains("在职人员控制率无法计算，缺少");
        assertThat(read.warnings()).extracting(DatasetProblem::message)
                .anySatisfy(m -> assertThat(m).isEqualTo("指标“程序规范”尚未评分：待填写评定等级和得分，暂按 0 分计"))
                .anySatisfy(m -> assertThat(m).contains("指标“在职人员控制率”按在职人员控制率计分，但该比率无法计算"));
        assertThat(read.warnings()).hasSizeGreaterThanOrEqualTo(6);
        // the rule kind stays what the leaf will be scored by
        assertThat(management.children().get(1).indicator().rule().kind()).isEqualTo("qualitative");
    }

    @Test
    void aRatingNeedsLevelAndScoreTogether() {
        String half = FRESH.replace("rule: {kind: qualitative}", "rule: {kind: qualitative, level: 达成}");
        DatasetException e = catchThrowableOfType(DatasetException.class, () -> DatasetReader.read("half.yaml", half, false));
        assertThat(e.problems()).extracting(DatasetProblem::message)
                .containsExactly("定性评价需要同时填写 level（达成、部分达成、未达成）和 score（得分）");
    }
}
