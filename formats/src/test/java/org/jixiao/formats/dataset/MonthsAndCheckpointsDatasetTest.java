package org.jixiao.formats.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.jixiao.core.evaluation.EvaluationResult;
import org.jixiao.core.evaluation.EvaluationScorer;
import org.jixiao.core.ratio.MonthlyProgress;
import org.jixiao.core.ratio.RatioId;
import org.jixiao.core.indicator.ScoredIndicator;
import org.junit.jupiter.api.Test;

/** Months as given (7—12月 stay 7—12月) and the quarter-end checkpoint rule, written as docs/dataset-format.md shows them. */
class MonthsAndCheckpointsDatasetTest {
    /** The second half of the Weihai report's 表10 (元); the checkpoints measured on 年初预算 + 调整 of 60,000,000 元. */
    static final String DATASET = """
            format: jixiao.evaluation/1
            meta: {department: 测试局, year: 2022}
            total_weight: 3
            monthly_execution:
              fund: 一般公共预算
              unit: 元
              annual_total: 50737526.62
              months: [7, 8, 9, 10, 11, 12]
              cumulative: [6118568.77, 14852211.00, 17733056.88, 22512949.42, 23221477.34, 50737526.62]
            indicators:
              - name: 预算执行
                weight: 3
                children:
                  - name: 支出进度
                    weight: 3
                    standard: 9月底、11月底、12月底支出进度分别达到30%、40%、80%的各得1分；未达到的每低1个百分点扣0.1分，扣完为止
                    rule:
                      kind: checkpoints
                      base: 60000000
                      base_label: 年初预算与调整预算之和
                      per: 1
                      points: 0.1
                      checkpoints:
                        - {month: 9, min: 30, weight: 1}
                        - {month: 11, min: 40, weight: 1}
                        - {month: 12, min: 80, weight: 1}
            """;

    @Test
    void monthsKeepTheirNumbersAndTheCheckpointsScore() throws DatasetException {
        DatasetReader.Read read = DatasetReader.read("months.yaml", DATASET, false);
        EvaluationResult result = EvaluationScorer.score(read.evaluation());

        MonthlyProgress monthly = result.monthly().orElseThrow();
        assertThat(monthly.months()).extracting(MonthlyProgress.Month::label).containsExactly("7月", "8月", "9月", "10月", "11月", "12月");
        assertThat(monthly.months().get(0).schedulePercent()).isEqualByComparingTo("58.33");
        assertThat(result.ratios().get(RatioId.DECEMBER_SHARE).orElseThrow().percent()).isEqualByComparingTo("54.23");
        // no warning that the months were taken as 1—6月
        assertThat(read.warnings()).noneSatisfy(w -> assertThat(w.message()).contains("按 1—"));

        ScoredIndicator leaf = result.indicators().get(0).children().get(0);
        // 9月 17,733,056.88 ÷ 60,000,000 = 29.56%：短0.44 → 1 − 0.044 = 0.96
        // 11月 23,221,477.34 ÷ 60,000,000 = 38.70%：短1.30 → 1 − 0.13 = 0.87
        // 12月 50,737,526.62 ÷ 60,000,000 = 84.56%：达到 → 1；合计 2.83
        assertThat(leaf.score()).isEqualByComparingTo("2.83");
        assertThat(leaf.explanation()).contains("9月底累计支出17,733,056.88元，支出进度29.56%，低于30% 0.44个百分点", "各节点合计得2.83分");
    }

    @Test
    void sixMonthsWithoutTheirMonthsAreFlagged() throws DatasetException {
        String unnamed = DATASET.replace("  months: [7, 8, 9, 10, 11, 12]\n", "");
        DatasetReader.Read read = DatasetReader.read("months.yaml", unnamed, false);

        assertThat(read.warnings()).anySatisfy(w -> {
            assertThat(w.field()).isEqualTo("monthly_execution.months");
            assertThat(w.message()).contains("只有 6 个月，按 1—6月计", "请用 months 写明");
        });
        // and the checkpoints of 9月 and 11月 are not scored from renumbered months
        ScoredIndicator leaf = EvaluationScorer.score(read.evaluation()).indicators().get(0).children().get(0);
        assertThat(leaf.score()).isEqualByComparingTo("0.00");
        assertThat(leaf.explanation()).isEqualTo("尚未评分：待填写9月、11月、12月底的累计支出数，暂按 0 分计。");
    }

    @Test
    void monthsThatDoNotMatchTheValuesAreRefusedAtTheirField() {
        for (String[] wrong : new String[][] {
                {"months: [7, 8, 9, 10, 11, 12]", "months: [7, 8, 9, 10, 11]", "months 列出 5 个月份，cumulative 有 6 个累计执行数"},
                {"months: [7, 8, 9, 10, 11, 12]", "months: [7, 9, 8, 10, 11, 12]", "9月之后是8月"},
                {"months: [7, 8, 9, 10, 11, 12]", "months: [7, 8, 9, 10, 11, 13]", "不能大于 12"},
                {"- {month: 12, min: 80, weight: 1}", "- {month: 12, min: 80, weight: 0.5}", "各时间节点分值合计 2.5 与指标分值 3 不一致"},
                {"- {month: 11, min: 40, weight: 1}\n", "- {month: 11, weight: 1}\n", "min"},
                {"per: 1\n", "steps: whole\n", "同时填写 per"}}) {
            String text = DATASET.replace(wrong[0], wrong[1]);
            assertThat(text).isNotEqualTo(DATASET);
            DatasetException e = catchThrowableOfType(DatasetException.class, () -> DatasetReader.read("wrong.yaml", text, false));
            assertThat(e).as(wrong[1]).isNotNull();
            assertThat(e.problems()).as(wrong[1]).anySatisfy(p -> {
                assertThat(p.describe()).contains("wrong.yaml 第 ");
                assertThat(p.message()).contains(wrong[2]);
            });
        }
    }
}
