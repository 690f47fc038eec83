package org.jixiao.formats.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.jixiao.core.evaluation.EvaluationResult;
import org.jixiao.core.evaluation.EvaluationScorer;
import org.jixiao.core.indicator.ScoredIndicator;
import org.junit.jupiter.api.Test;

/** Deviation bands, combined tiers, grade maps, rank bands and year-on-year rules written in a dataset and scored. */
class BandRulesDatasetTest {
    static final String DATASET = """
            format: jixiao.evaluation/1
            meta: {department: 测试局, year: 2025}
            total_weight: 16
            indicators:
              - name: 综合
                weight: 16
                children:
                  - name: 预算执行偏差
                    weight: 2
                    rule:
                      kind: deviation
                      value: 108.3
                      label: 预算执行率
                      unit: "%"
                      bands: [{max: 5, fraction: 1}, {max: 10, fraction: 0.6}]
                  - name: 执行与结转
                    weight: 3
                    rule:
                      kind: combined_tiers
                      measures:
                        - {key: 执行率, label: 预算执行率, value: 93.2, unit: "%"}
                        - {key: 结转, label: 结转结余率, value: 7.4, unit: "%"}
                      tiers:
                        - when: [{measure: 执行率, op: "≥", value: 95}, {measure: 结转, op: "≤", value: 5}]
                          fraction: 1
                        - when: [{measure: 执行率, op: ">=", value: 90}, {measure: 结转, op: "<=", value: 10}]
                          fraction: 0.8
                  - name: 抽查项目自评质量
                    weight: 4
                    rule:
                      kind: grade_average
                      scale: 优良中差
                      items: [{name: 项目一, grade: 优}, {name: 项目二, grade: 良}, {name: 项目三, grade: 良},
                              {name: 项目四, grade: 中}, {name: 项目五, grade: 差}]
                  - name: 自评结果
                    weight: 2.01
                    rule:
                      kind: grade_average
                      scale: [{grade: 优秀, fraction: 1}, {grade: 良好, fraction: "2/3"}, {grade: 一般, fraction: "1/3"}]
                      items: [{name: 甲, grade: 良好}, {name: 乙, grade: 一般}]
                  - name: 考核排名
                    weight: 2
                    rule: {kind: rank, label: 全市考核, rank: 5, bands: [{max_rank: 3, fraction: 1}, {max_rank: 6, fraction: 0.8}]}
                  - name: 执行率较上年
                    weight: 1.99
                    rule: {kind: year_on_year, label: 预算执行率, unit: "%", current: 95.2, previous: 97.5, per: 1, points: 0.5}
                  - name: 三公经费较上年
                    weight: 1
                    rule: {kind: year_on_year, label: “三公”经费支出, unit: 万元, current: 12.6, previous: 11.8, better: lower}
            """;

    private static ScoredIndicator leaf(EvaluationResult result, int index) {
        return result.indicators().get(0).children().get(index);
    }

    @Test
    void everyKindScoresAsHandComputed() throws DatasetException {
        EvaluationResult result = EvaluationScorer.score(DatasetReader.read("bands.yaml", DATASET, false).evaluation());

        assertThat(leaf(result, 0).score()).isEqualByComparingTo("1.20");  // |108.3 − 100| = 8.3 ≤ 10 → 60%
        assertThat(leaf(result, 1).score()).isEqualByComparingTo("2.40");  // 93.2 ≥ 90 且 7.4 ≤ 10 → 80%
        assertThat(leaf(result, 2).score()).isEqualByComparingTo("2.40");  // (1 + .75 + .75 + .5 + 0) ÷ 5 = 60%
        assertThat(leaf(result, 3).score()).isEqualByComparingTo("1.01");  // 2.01 × (2/3 + 1/3) ÷ 2 = 1.005 → 1.01
        assertThat(leaf(result, 4).score()).isEqualByComparingTo("1.60");  // 第5名 → 80%
        assertThat(leaf(result, 5).score()).isEqualByComparingTo("0.84");  // 1.99 − 2.3 × 0.5 = 0.84
        assertThat(leaf(result, 6).score()).isEqualByComparingTo("0.00");  // 上升 → 不得分
        assertThat(result.totalScore()).isEqualByComparingTo("9.45");
    }

    @Test
    void aGradeOutsideTheScaleIsReportedAtTheItems() {
        String wrong = DATASET.replace("{name: 项目五, grade: 差}", "{name: 项目五, grade: 较差}");
        DatasetException e = catchThrowableOfType(DatasetException.class, () -> DatasetReader.read("wrong.yaml", wrong, false));
        assertThat(e.problems()).extracting(DatasetProblem::message).containsExactly("等级“较差”不在折算表中（优、良、中、差）");
    }

    @Test
    void aConditionOnAnUndefinedMeasureIsReported() {
        String wrong = DATASET.replace("{measure: 结转, op: \"≤\", value: 5}", "{measure: 结余, op: \"≤\", value: 5}");
        DatasetException e = catchThrowableOfType(DatasetException.class, () -> DatasetReader.read("wrong.yaml", wrong, false));
        assertThat(e.problems()).extracting(DatasetProblem::message).containsExactly("条件引用了未在 measures 中定义的实测值“结余”");
    }

    @Test
    void aBadFractionIsReportedInWords() {
        String wrong = DATASET.replace("fraction: \"2/3\"", "fraction: \"2/三\"");
        DatasetException e = catchThrowableOfType(DatasetException.class, () -> DatasetReader.read("wrong.yaml", wrong, false));
        assertThat(e.problems()).extracting(DatasetProblem::message)
                .containsExactly("等级“良好”的折算比例应为 0 到 1 之间的数或分数（如 2/3），实际为“2/三”");
    }

    @Test
    void aBandScoreAboveTheWeightIsRefused() {
        String wrong = DATASET.replace("bands: [{max_rank: 3, fraction: 1}, {max_rank: 6, fraction: 0.8}]",
                "bands: [{max_rank: 3, score: 3}, {max_rank: 6, fraction: 0.8}]");
        DatasetException e = catchThrowableOfType(DatasetException.class, () -> DatasetReader.read("wrong.yaml", wrong, false));
        assertThat(e.problems()).extracting(DatasetProblem::message).containsExactly("指标“考核排名”的档次的得分 3 超过分值 2");
    }

    @Test
    void aYearOnYearRuleWithoutLastYearIsRefused() {
        String wrong = DATASET.replace("current: 95.2, previous: 97.5,", "current: 95.2,");
        DatasetException e = catchThrowableOfType(DatasetException.class, () -> DatasetReader.read("wrong.yaml", wrong, false));
        assertThat(e.problems()).extracting(DatasetProblem::message).containsExactly("与上年比较计分需要 previous（上年实际值）");
    }
}
