package org.jixiao.formats.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.jixiao.core.evaluation.EvaluationResult;
import org.jixiao.core.evaluation.EvaluationScorer;
import org.jixiao.core.indicator.ScoredIndicator;
import org.junit.jupiter.api.Test;

/** group_deductions written on a group node in a dataset: shared by its leaves, which always add up to the group. */
class GroupDeductionDatasetTest {
    static final String DATASET = """
            format: jixiao.evaluation/1
            meta: {department: 测试局, year: 2025}
            total_weight: 4
            indicators:
              - name: 资产管理
                weight: 4
                rule:
                  kind: group_deductions
                  items: [{points: 0.7, reason: 固定资产账实不符}]
                children:
                  - {name: 资产配置, weight: 2, rule: {kind: deductions, items: []}}
                  - {name: 资产使用, weight: 1.5, rule: {kind: deductions, items: []}}
                  - {name: 资产处置, weight: 0.5, rule: {kind: deductions, items: []}}
            """;

    @Test
    void theLeavesShareTheDeductionByWeight() throws DatasetException {
        EvaluationResult result = EvaluationScorer.score(DatasetReader.read("group.yaml", DATASET, false).evaluation());

        ScoredIndicator group = result.indicators().get(0);
        // 0.7 by 2 : 1.5 : 0.5 = 0.35, 0.2625, 0.0875 → 0.35, 0.26, 0.09 (the cent to the largest remainder)
        assertThat(group.children()).extracting(ScoredIndicator::score)
                .usingElementComparator(java.math.BigDecimal::compareTo)
                .containsExactly(new java.math.BigDecimal("1.65"), new java.math.BigDecimal("1.24"), new java.math.BigDecimal("0.41"));
        assertThat(group.score()).isEqualByComparingTo("3.30");
    }

    @Test
    void onALeafItIsRefused() {
        String wrong = DATASET.replace("{name: 资产配置, weight: 2, rule: {kind: deductions, items: []}}",
                "{name: 资产配置, weight: 2, rule: {kind: group_deductions, items: []}}");
        DatasetException e = catchThrowableOfType(DatasetException.class, () -> DatasetReader.read("wrong.yaml", wrong, false));
        assertThat(e.problems()).extracting(DatasetProblem::message)
                .anySatisfy(m -> assertThat(m).contains("group_deductions（上级指标扣分分摊）只能用于有下级指标的指标"));
    }
}
