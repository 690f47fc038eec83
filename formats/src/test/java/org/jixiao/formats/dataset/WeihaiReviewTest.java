package org.jixiao.formats.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.List;

import org.jixiao.core.evaluation.EvaluationScorer;
import org.jixiao.core.review.EvaluationReview;
import org.jixiao.core.review.EvaluationReview.Entry;
import org.jixiao.core.review.Severity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The reviewer's questions about the Weihai 2022 evaluation, from its own data (domain §10). */
class WeihaiReviewTest {
    static final Path EXAMPLE = Path.of("..", "examples", "weihai-econ-2022.yaml");
    static List<Entry> entries;

    @BeforeAll
    static void review() throws Exception {
        entries = EvaluationReview.review(EvaluationScorer.score(DatasetReader.read(EXAMPLE).evaluation()));
    }

    private static List<Entry> coded(String code) {
        return entries.stream().filter(e -> e.finding().code().equals(code)).toList();
    }

    @Test
    void twelveTargetsCompletedAtOneAndAHalfTimesThePlanOrMore() {
        assertThat(coded("EV_CONSERVATIVE")).hasSize(12).allMatch(e -> e.finding().severity() == Severity.WARNING);
        assertThat(coded("EV_CONSERVATIVE")).extracting(e -> e.finding().location().item(), e -> e.finding().printed(), Entry::path)
                .contains(tuple("扶持高质量发展企业数量", "40家", "/targets/3"),
                        tuple("扶持企业数量", "40家", "/targets/21"),
                        tuple("展会补贴项目数量", "3个", "/targets/24"), // exactly 150%
                        tuple("扶持服务业小升规企业数量", "17家", "/targets/40"));
        assertThat(coded("EV_CONSERVATIVE").get(0).finding().message())
                .isEqualTo("“扶持高质量发展企业数量”目标值≥10家，实际完成40家，完成率400%，指标值设置过于保守");
    }

    @Test
    void theProjectWithNothingSpent() {
        assertThat(coded("EV_PROJECT_UNEXECUTED")).singleElement().satisfies(e -> {
            assertThat(e.path()).isEqualTo("/projects/27");
            assertThat(e.finding().message()).isEqualTo("项目“2021年完善化工园区安全和环保信息平台”调整后预算80万元，执行数为0，预算执行率0%");
        });
    }

    @Test
    void budgetQuestionsTheEvaluatorsAlreadyDeductedForAreInformationPointingToTheIndicator() {
        Entry yearEnd = coded("EV_YEAR_END").get(0);
        assertThat(yearEnd.finding().severity()).isEqualTo(Severity.INFO);
        assertThat(yearEnd.finding().printed()).isEqualTo("54.23%");
        assertThat(yearEnd.finding().message()).startsWith("12月支出占全年的54.23%（").endsWith("支出集中在年底；已在“预算执行效率”扣1分");
        assertThat(yearEnd.path()).isEqualTo("/indicators/0/children/1/children/1/children/0");

        Entry behind = coded("EV_BEHIND_SCHEDULE").get(0);
        assertThat(behind.finding().severity()).isEqualTo(Severity.INFO);
        assertThat(behind.finding().location().item()).isEqualTo("11 个月");
        assertThat(behind.finding().message()).contains("1月（1.5%，序时8.33%）", "11月（45.77%，序时91.67%）").doesNotContain("12月");
        // the furthest behind relative to its schedule: March, 3.53% of 25%
        assertThat(behind.finding().printed()).isEqualTo("3.53%");
        assertThat(behind.finding().expected()).isEqualTo("25%");

        Entry adjustment = coded("EV_ADJUSTMENT_HIGH").get(0);
        assertThat(adjustment.finding().severity()).isEqualTo(Severity.INFO);
        assertThat(adjustment.finding().message()).startsWith("预算调整率7.38%（(10,039.31 − 7,490.64 − 1,995.84) ÷ 7,490.64")
                .endsWith("已在“预算调整率”扣0.5分");
    }

    @Test
    void nothingElse() {
        assertThat(entries).extracting(e -> e.finding().code()).containsOnly("EV_CONSERVATIVE", "EV_PROJECT_UNEXECUTED", "EV_YEAR_END",
                "EV_BEHIND_SCHEDULE", "EV_ADJUSTMENT_HIGH");
        assertThat(entries).hasSize(16);
    }
}
