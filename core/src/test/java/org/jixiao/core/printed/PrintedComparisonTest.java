package org.jixiao.core.printed;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.jixiao.core.evaluation.Evaluation;
import org.jixiao.core.evaluation.EvaluationResult;
import org.jixiao.core.evaluation.EvaluationScorer;
import org.jixiao.core.evaluation.Meta;
import org.jixiao.core.indicator.Indicator;
import org.jixiao.core.ratio.BudgetFacts;
import org.jixiao.core.ratio.Project;
import org.jixiao.core.ratio.RatioId;
import org.jixiao.core.scoring.DeductionsRule;
import org.junit.jupiter.api.Test;

/** Printed figures are compared at the precision they were printed with; every difference carries both values. */
class PrintedComparisonTest {

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    /** 决策管理 (2) of the Weihai report: 决策依据充分性 0.7 (−0.3), 决策程序规范性 1; 10,039.31 adjusted, 9,738.4 spent. */
    private static Evaluation weihaiDecisions(PrintedFigures printed) {
        Indicator basis = Indicator.leaf("决策依据充分性", d("1"), new DeductionsRule(List.of(new DeductionsRule.Deduction(d("0.3"), "未细化任务清单"))));
        Indicator procedure = Indicator.leaf("决策程序规范性", d("1"), new DeductionsRule(List.of()));
        Indicator group = new Indicator(null, "决策管理", d("2"), null, List.of(basis, procedure), null, null, null, null, List.of());
        BudgetFacts budget = new BudgetFacts("万元", BudgetFacts.Block.EMPTY,
                new BudgetFacts.Block(d("10039.31"), null, null, null, null, null, null),
                new BudgetFacts.Block(d("9738.4"), null, null, null, null, null, null), null, null, null, null, null, null, null);
        List<Project> projects = List.of(new Project("2021年安全生产和应急管理专项资金", "上年度结转资金", d("10.00"), d("10.00"), d("9.99"), false, null));
        return new Evaluation(new Meta(null, "测试局", null, 2022, null, null, null, null, null, List.of(), List.of()), null, budget, null,
                null, projects, null, List.of(group), d("2"), null, printed);
    }

    private static PrintedComparison compare(PrintedFigures printed) {
        EvaluationResult result = EvaluationScorer.score(weihaiDecisions(printed));
        return PrintedComparison.of(result);
    }

    @Test
    void figuresPrintedWithFewerDecimalsAgreeAtThatPrecision() {
        // the report prints 预算执行率 97% for 97.00% and 决策管理 "1.7 分，得分率 85%"; 1.7 of 2 points is 差 on the 100-point bands
        PrintedComparison comparison = compare(new PrintedFigures(null, d("1.7"), d("85"), "差", List.of(
                new PrintedFigures.Node("决策管理", d("1.7"), d("85"), null),
                new PrintedFigures.Node("决策管理/决策依据充分性", d("0.70"), d("70.00"), "表7")),
                Map.of(RatioId.BUDGET_EXECUTION_RATE, d("97")), List.of()));

        assertThat(comparison.checked()).isEqualTo(8);
        assertThat(comparison.differences()).isEmpty();
    }

    @Test
    void everyDifferenceIsShownWithBothValues() {
        // 表9 row 15 prints 99.99% for 9.99 ÷ 10.00; a misprinted leaf score; a grade of another band
        PrintedComparison comparison = compare(new PrintedFigures("报告表9", d("1.70"), null, "中", List.of(
                new PrintedFigures.Node("决策依据充分性", d("0.8"), null, "表7")), Map.of(),
                List.of(new PrintedFigures.ProjectRate("2021年安全生产和应急管理专项资金", d("99.99")))));

        assertThat(comparison.checked()).isEqualTo(4);
        assertThat(comparison.differences()).extracting(PrintedComparison.Difference::message).containsExactly(
                "评价等级：报告印 中，计算为 差",
                "指标“决策依据充分性”得分（表7）：报告印 0.8，计算为 0.70（相差 0.1）",
                "项目“2021年安全生产和应急管理专项资金”预算执行率（%）：报告印 99.99，计算为 99.90（相差 0.09）");
        assertThat(comparison.differences()).extracting(PrintedComparison.Difference::pointer)
                .containsExactly("/printed/grade", "/printed/indicators/0/score", "/printed/projects/0/rate");
        assertThat(comparison.differences().get(1).target()).isEqualTo("/indicators/0/children/0");
    }

    @Test
    void aPrintedTotalOffByOneRoundingIsADifference() {
        // 1.695 would print as 1.70; the report printing 1.69 is not the computed 1.70
        PrintedComparison comparison = compare(new PrintedFigures(null, d("1.69"), null, null, List.of(), Map.of(), List.of()));

        assertThat(comparison.differences()).singleElement()
                .satisfies(difference -> assertThat(difference.message()).isEqualTo("综合得分：报告印 1.69，计算为 1.70（相差 0.01）"));
    }

    @Test
    void indicatorsAreLocatedByTheirNamesFromTheTopOrByAUniqueName() {
        List<Indicator> roots = weihaiDecisions(null).indicators();

        assertThat(PrintedFigures.locate(roots, List.of("决策管理", "决策程序规范性"))).contains("/indicators/0/children/1");
        assertThat(PrintedFigures.locate(roots, List.of("决策程序规范性"))).contains("/indicators/0/children/1");
        assertThat(PrintedFigures.locate(roots, List.of("决策管理", "不存在"))).isEmpty();
    }
}
