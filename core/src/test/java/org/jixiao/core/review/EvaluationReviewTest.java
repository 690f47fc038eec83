package org.jixiao.core.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.List;

import org.jixiao.core.evaluation.Evaluation;
import org.jixiao.core.evaluation.EvaluationScorer;
import org.jixiao.core.evaluation.Meta;
import org.jixiao.core.indicator.Indicator;
import org.jixiao.core.ratio.BudgetFacts;
import org.jixiao.core.ratio.BudgetFacts.Block;
import org.jixiao.core.ratio.MonthlyExecution;
import org.jixiao.core.ratio.RatioId;
import org.jixiao.core.review.EvaluationReview.Entry;
import org.jixiao.core.scoring.DeductionsRule;
import org.jixiao.core.scoring.DeductionsRule.Deduction;
import org.jixiao.core.scoring.ManualRule;
import org.jixiao.core.scoring.ProportionalRule;
import org.jixiao.core.scoring.QualitativeRule;
import org.jixiao.core.targets.Operator;
import org.jixiao.core.targets.Target;
import org.junit.jupiter.api.Test;

/** Each reviewer question on a small evaluation built to raise it, and its absence where the data gives no cause. */
class EvaluationReviewTest {

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    private static BudgetFacts budget(String adjusted, String spent) {
        Block initial = new Block(d(adjusted), null, null, null, null, null, null);
        return new BudgetFacts("万元", initial, new Block(d(adjusted), null, null, null, null, null, null),
                new Block(d(spent), null, null, null, null, null, null), BigDecimal.ZERO, null, null, null, null, null, null);
    }

    private static Indicator leaf(String name, String weight, org.jixiao.core.scoring.ScoringRule rule, String evidence, RatioId ratio,
            List<String> targets) {
        return new Indicator(null, name, d(weight), rule, List.of(), null, evidence, null, ratio, targets);
    }

    /**
     * 决策 20, 过程 20 (budget execution, scored by hand),
     * 产出 40 (a target missed but full marks; a qualitative judgement without evidence), 效益 20 (full marks).
     */
    private static Evaluation evaluation(BudgetFacts budget, MonthlyExecution monthly, String executionScore) {
        List<Target> targets = List.of(
                Target.quantitative("T1", "培训人次", Operator.AT_LEAST, d("100"), "人次", d("80")),
                Target.quantitative("T2", "走访企业数", Operator.AT_LEAST, d("10"), "家", d("30")));
        List<Indicator> roots = List.of(
                Indicator.node("决策", d("20"), List.of(
                        leaf("立项依据充分性", "10", new DeductionsRule(List.of(new Deduction(d("1"), "立项论证不充分"))), "有立项文件", null, List.of()),
                        leaf("绩效目标合理性", "10", new ManualRule(d("8"), "目标与职责基本匹配"), "目标表已审", null, List.of()))),
                Indicator.node("过程", d("20"), List.of(
                        leaf("预算执行率", "20", new ManualRule(d(executionScore), "按执行率评分"), "见决算", RatioId.BUDGET_EXECUTION_RATE, List.of()))),
                Indicator.node("产出", d("40"), List.of(
                        leaf("培训完成情况", "20", new ManualRule(d("20"), "培训已完成"), "签到表", null, List.of("T1")),
                        leaf("走访完成情况", "10", new ProportionalRule(List.of("T2"), null, null), "走访记录", null, List.of()),
                        leaf("服务质量", "10", new QualitativeRule(QualitativeRule.Level.ACHIEVED, d("10")), "  ", null, List.of()))),
                Indicator.node("效益", d("20"), List.of(
                        leaf("满意度", "20", new ManualRule(d("20"), "问卷满意度 96%"), "问卷", null, List.of()))));
        return new Evaluation(Meta.of("测试部门", 2024), null, budget, monthly, null, null, targets, roots, null, null);
    }

    private static List<Entry> review(Evaluation evaluation) {
        return EvaluationReview.review(EvaluationScorer.score(evaluation));
    }

    @Test
    void raisesEachQuestionWhereTheDataGivesCause() {
        List<Entry> entries = review(evaluation(budget("1000", "500"), null, "20"));

        assertThat(entries).extracting(e -> e.finding().code(), e -> e.finding().severity(), Entry::path).containsExactly(
                tuple("EV_CONSERVATIVE", Severity.WARNING, "/targets/1"),
                tuple("EV_UNMET_FULL", Severity.WARNING, "/indicators/2/children/0"),
                tuple("EV_NO_EVIDENCE", Severity.WARNING, "/indicators/2/children/2"),
                tuple("EV_LOW_EXEC_FULL", Severity.WARNING, "/indicators/2"),
                tuple("EV_LOW_EXEC_FULL", Severity.WARNING, "/indicators/3"));
        assertThat(entries.get(0).finding().message()).isEqualTo("“走访企业数”目标值≥10家，实际完成30家，完成率300%，指标值设置过于保守");
        assertThat(entries.get(1).finding().location().item()).isEqualTo("产出 › 培训完成情况");
        assertThat(entries.get(1).finding().message()).startsWith("“培训完成情况”得满分20分，但其依据的目标未完成：“培训人次”目标值≥100人次，实际完成80人次");
        assertThat(entries.get(2).finding().printed()).isEqualTo("达成");
        // 产出 and 效益 both have full marks; 产出's children are not listed again
        assertThat(entries).filteredOn(e -> e.finding().code().equals("EV_LOW_EXEC_FULL")).extracting(Entry::path)
                .containsExactly("/indicators/2", "/indicators/3");
        assertThat(entries.get(3).finding().message()).isEqualTo("预算执行率仅50%，但“产出”得满分40分");
    }

    @Test
    void budgetQuestionsStayWarningsUntilAnIndicatorAboutTheRatioLosesPoints() {
        // 12 months, nothing spent until December: every month is red, December holds everything
        List<BigDecimal> cumulative = new java.util.ArrayList<>();
        for (int month = 1; month <= 11; month++) {
            cumulative.add(d(String.valueOf(month)));
        }
        cumulative.add(d("100"));
        MonthlyExecution monthly = new MonthlyExecution("一般公共预算", "万元", d("100"), cumulative);

        List<Entry> atFullMarks = review(evaluation(budget("1000", "990"), monthly, "20"));
        assertThat(atFullMarks).filteredOn(e -> e.finding().code().startsWith("EV_YEAR_END") || e.finding().code().equals("EV_BEHIND_SCHEDULE"))
                .extracting(e -> e.finding().severity(), Entry::path)
                .containsExactly(tuple(Severity.WARNING, "/monthly_execution"), tuple(Severity.WARNING, "/monthly_execution"));
        assertThat(atFullMarks).noneMatch(e -> e.finding().code().equals("EV_LOW_EXEC_FULL"));

        List<Entry> deducted = review(evaluation(budget("1000", "990"), monthly, "18"));
        assertThat(deducted).filteredOn(e -> e.finding().code().equals("EV_YEAR_END")).singleElement().satisfies(e -> {
            assertThat(e.finding().severity()).isEqualTo(Severity.INFO);
            assertThat(e.finding().printed()).isEqualTo("89%");
            assertThat(e.finding().message()).endsWith("已在“预算执行率”扣2分");
            assertThat(e.path()).isEqualTo("/indicators/1/children/0");
        });
        assertThat(deducted).filteredOn(e -> e.finding().code().equals("EV_BEHIND_SCHEDULE")).singleElement()
                .satisfies(e -> assertThat(e.finding().location().item()).isEqualTo("11 个月"));
    }

    @Test
    void thresholdsAreOptions() {
        var options = new EvaluationReview.Options(d("400"), d("40"), d("25"), d("60"), d("5"));
        List<Entry> entries = EvaluationReview.review(EvaluationScorer.score(evaluation(budget("1000", "500"), null, "20")), options);
        assertThat(entries).noneMatch(e -> e.finding().code().equals("EV_CONSERVATIVE") || e.finding().code().equals("EV_LOW_EXEC_FULL"));
    }
}
