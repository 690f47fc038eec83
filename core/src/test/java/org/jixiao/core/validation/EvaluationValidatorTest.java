package org.jixiao.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.List;

import org.jixiao.core.evaluation.Evaluation;
import org.jixiao.core.evaluation.EvaluationScorer;
import org.jixiao.core.evaluation.InvalidEvaluationException;
import org.jixiao.core.evaluation.Meta;
import org.jixiao.core.indicator.Indicator;
import org.jixiao.core.ratio.MonthlyExecution;
import org.jixiao.core.ratio.RatioId;
import org.jixiao.core.scoring.DeductionsRule;
import org.jixiao.core.scoring.ExecutionRateRule;
import org.jixiao.core.scoring.ManualRule;
import org.jixiao.core.scoring.ProportionalRule;
import org.jixiao.core.scoring.QualitativeRule;
import org.jixiao.core.scoring.ScoringRule;
import org.jixiao.core.targets.Operator;
import org.jixiao.core.targets.Target;
import org.junit.jupiter.api.Test;

/** Every problem is located by a JSON-pointer path into the dataset, so that the reader of the file finds the line. */
class EvaluationValidatorTest {

    private static final Meta META = Meta.of("测试部门", 2024);

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    private static Indicator leaf(String name, String weight, ScoringRule rule) {
        return Indicator.leaf(name, d(weight), rule);
    }

    private static ScoringRule full(String weight) {
        return new ManualRule(d(weight), "无扣分事项");
    }

    private static Evaluation tree(Indicator... roots) {
        return Evaluation.ofTree(META, List.of(roots));
    }

    private static Evaluation with(List<Target> targets, MonthlyExecution monthly, Indicator... roots) {
        return new Evaluation(META, null, null, monthly, null, null, targets, List.of(roots), null, null);
    }

    private static List<Problem> errors(Evaluation evaluation) {
        return EvaluationValidator.validate(evaluation).stream().filter(Problem::isError).toList();
    }

    /** 管理效率 32 (决策管理 2 = 1 + 1, 预算管理 30) + 履职效能 68 = 100. */
    private static Indicator[] validRoots() {
        return new Indicator[] {
                Indicator.node("管理效率", d("32.00"), List.of(
                        Indicator.node("决策管理", d("2"), List.of(
                                leaf("决策依据充分性", "1.00", new DeductionsRule(List.of(new DeductionsRule.Deduction(d("0.3"), "未细化任务清单")))),
                                leaf("决策程序规范性", "1.00", new QualitativeRule(QualitativeRule.Level.ACHIEVED, d("1.00"))))),
                        leaf("预算管理", "30", full("30")))),
                leaf("履职效能", "68.00", full("68"))};
    }

    @Test
    void aConsistentTreeHasNoProblemAndScores() {
        Evaluation evaluation = tree(validRoots());

        assertThat(EvaluationValidator.validate(evaluation)).isEmpty();
        assertThat(EvaluationScorer.score(evaluation).totalScore()).isEqualByComparingTo("99.70");
    }

    @Test
    void childrenWeightsNotAddingUpToTheirParent() {
        Evaluation evaluation = tree(
                Indicator.node("管理效率", d("32"), List.of(leaf("决策管理", "2", full("2")), leaf("预算管理", "9", full("9")))),
                leaf("履职效能", "68", full("68")));

        assertThat(errors(evaluation)).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("/indicators/0/weight");
            assertThat(p.message()).contains("管理效率").contains("下级指标分值合计 11").contains("本级分值 32").contains("相差 21");
        });
    }

    @Test
    void aDeeperInnerNodeIsLocatedThroughItsParents() {
        Evaluation evaluation = tree(Indicator.node("管理效率", d("100"), List.of(
                leaf("决策管理", "40", full("40")),
                Indicator.node("预算管理", d("60"), List.of(leaf("预算编制", "30", full("30")), leaf("预算执行", "29.99", full("29")))))));

        assertThat(errors(evaluation)).extracting(Problem::path).containsExactly("/indicators/0/children/1/weight");
    }

    @Test
    void firstLevelWeightsNotSummingTo100() {
        Evaluation evaluation = tree(leaf("管理效率", "32", full("32")), leaf("履职效能", "38", full("38")), leaf("社会效应", "20", full("20")));

        assertThat(errors(evaluation)).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("/indicators");
            assertThat(p.message()).contains("一级指标分值合计 90").contains("总分 100").contains("相差 10");
        });
    }

    @Test
    void anEmptyTreeIsAnError() {
        assertThat(errors(tree())).extracting(Problem::path, Problem::message)
                .containsExactly(tuple("/indicators", "指标体系为空：至少需要一个一级指标"));
    }

    @Test
    void aManualScoreAboveItsWeight() {
        Evaluation evaluation = tree(Indicator.node("管理效率", d("100"), List.of(
                leaf("决策依据充分性", "60", new ManualRule(d("61"), "超出分值")),
                leaf("决策程序规范性", "40", full("40")))));

        assertThat(errors(evaluation)).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("/indicators/0/children/0/rule/score");
            assertThat(p.message()).contains("决策依据充分性").contains("得分 61 超过分值 60");
        });
    }

    @Test
    void aManualScoreNeedsAJustificationAndCannotBeNegative() {
        Evaluation evaluation = tree(leaf("管理效率", "50", new ManualRule(d("50"), "   ")), leaf("履职效能", "50", new ManualRule(d("-1"), "扣光")));

        assertThat(errors(evaluation)).extracting(Problem::path)
                .containsExactly("/indicators/0/rule/justification", "/indicators/1/rule/score");
    }

    @Test
    void aQualitativeScoreOutsideItsBand() {
        // 部分达成 on 2 points: 1.2—1.6
        Evaluation evaluation = tree(Indicator.node("管理效率", d("100"), List.of(
                leaf("制度执行有效性", "2", new QualitativeRule(QualitativeRule.Level.PARTLY_ACHIEVED, d("1.7"))),
                leaf("其他", "98", full("98")))));

        assertThat(errors(evaluation)).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("/indicators/0/children/0/rule/score");
            assertThat(p.message()).contains("部分达成").contains("1.2—1.6").contains("实际为 1.7");
        });
    }

    @Test
    void aQualitativeScoreOnTheBandEdgeIsAccepted() {
        Evaluation evaluation = tree(
                leaf("制度执行有效性", "2", new QualitativeRule(QualitativeRule.Level.PARTLY_ACHIEVED, d("1.6"))),
                leaf("其他", "98", full("98")));

        assertThat(errors(evaluation)).isEmpty();
    }

    @Test
    void anUnknownTargetIdInAProportionalRule() {
        Target known = Target.quantitative("T2-01", "应急指挥物资储备数量", Operator.AT_LEAST, d("10"), "套", d("20"));
        Evaluation evaluation = with(List.of(known), null,
                leaf("应急安全工作完成情况", "10", new ProportionalRule(List.of("T2-01", "T9-99"), null, null)),
                leaf("其他", "90", full("90")));

        assertThat(errors(evaluation)).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("/indicators/0/rule/targets/1");
            assertThat(p.message()).contains("不存在的绩效目标编号“T9-99”");
        });
        assertThatThrownBy(() -> EvaluationScorer.score(evaluation))
                .isInstanceOf(InvalidEvaluationException.class)
                .hasMessageContaining("/indicators/0/rule/targets/1")
                .satisfies(e -> assertThat(((InvalidEvaluationException) e).problems()).hasSize(1));
    }

    @Test
    void anUnknownTargetIdOnAnIndicator() {
        Indicator withTargets = new Indicator(null, "人才集聚工程完成情况", d("100"), full("100"), List.of(), null, null, null, null,
                List.of("T2-04"));

        assertThat(errors(tree(withTargets))).extracting(Problem::path).containsExactly("/indicators/0/targets/0");
    }

    @Test
    void aLeafWithoutARule() {
        Evaluation evaluation = tree(Indicator.node("管理效率", d("100"), List.of(
                leaf("决策管理", "50", full("50")),
                leaf("预算管理", "50", null))));

        assertThat(errors(evaluation)).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("/indicators/0/children/1");
            assertThat(p.message()).contains("预算管理").contains("缺少评分规则");
        });
    }

    @Test
    void anInnerNodeWithARule() {
        Indicator both = new Indicator(null, "管理效率", d("100"), full("100"), List.of(leaf("决策管理", "100", full("100"))),
                null, null, null, null, List.of());

        assertThat(errors(tree(both))).extracting(Problem::path).containsExactly("/indicators/0/rule");
    }

    @Test
    void negativeWeightAndBlankName() {
        Evaluation evaluation = tree(leaf(" ", "101", full("1")), leaf("负分", "-1", new DeductionsRule(List.of())));

        assertThat(errors(evaluation)).extracting(Problem::path).containsExactly("/indicators/0/name", "/indicators/1/weight");
    }

    @Test
    void duplicateTargetIds() {
        List<Target> targets = List.of(
                Target.quantitative("T1-01", "新增规上工业企业数量", Operator.AT_LEAST, d("10"), "家", d("10")),
                Target.quantitative("T1-02", "规上工业增加值增速", Operator.AT_LEAST, d("10"), "%", d("12.4")),
                Target.quantitative("T1-01", "扶持高质量发展企业数量", Operator.AT_LEAST, d("10"), "家", d("40")));

        List<Problem> errors = errors(with(targets, null, validRoots()));

        assertThat(errors).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("/targets/2/id");
            assertThat(p.message()).contains("“T1-01”重复").contains("第 1 个目标已使用");
        });
    }

    @Test
    void aTargetWithoutActualIsOnlyAWarning() {
        Target unreported = Target.quantitative("T2-14", "扶持小升规企业数量", Operator.AT_LEAST, d("10"), "家", null);

        List<Problem> problems = EvaluationValidator.validate(with(List.of(unreported), null, validRoots()));

        assertThat(problems).extracting(Problem::severity, Problem::path)
                .containsExactly(tuple(Problem.Severity.WARNING, "/targets/0/actual"));
    }

    @Test
    void decreasingMonthlyCumulative() {
        MonthlyExecution monthly = new MonthlyExecution("一般公共预算", "元", d("50737526.62"), List.of(
                d("759689.42"), d("1267916.67"), d("1193179.53"), d("2937306.65")));

        List<Problem> errors = errors(with(List.of(), monthly, validRoots()));

        assertThat(errors).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("/monthly_execution/cumulative/2");
            assertThat(p.message()).contains("3月累计执行数 1193179.53").contains("小于2月的 1267916.67").contains("累计数不能减少");
        });
    }

    @Test
    void aDecemberCumulativeDifferentFromTheAnnualTotalIsAWarning() {
        List<BigDecimal> cumulative = List.of(d("1"), d("2"), d("3"), d("4"), d("5"), d("6"), d("7"), d("8"), d("9"), d("10"), d("11"), d("99"));
        MonthlyExecution monthly = new MonthlyExecution(null, null, d("100"), cumulative);

        List<Problem> problems = EvaluationValidator.validate(with(List.of(), monthly, validRoots()));

        assertThat(problems).extracting(Problem::severity, Problem::path)
                .containsExactly(tuple(Problem.Severity.WARNING, "/monthly_execution/cumulative/11"));
    }

    @Test
    void deductionsNeedAReasonAndANonNegativeAmountAndMayExceedTheWeightWithAWarning() {
        DeductionsRule rule = new DeductionsRule(List.of(
                new DeductionsRule.Deduction(d("-0.5"), "多扣"),
                new DeductionsRule.Deduction(d("0.5"), " "),
                new DeductionsRule.Deduction(d("3.5"), "扣分超过分值")));  // total 3.5 > 3

        List<Problem> problems = EvaluationValidator.validate(tree(leaf("资金使用合规性", "3", rule), leaf("其他", "97", full("97"))));

        assertThat(problems).extracting(Problem::severity, Problem::path).containsExactly(
                tuple(Problem.Severity.ERROR, "/indicators/0/rule/items/0/points"),
                tuple(Problem.Severity.ERROR, "/indicators/0/rule/items/1/reason"),
                tuple(Problem.Severity.WARNING, "/indicators/0/rule/items"));
    }

    /** Not yet scored (尚未评分), as while the budget data is still to be entered: a warning and 0 points, not an error. */
    @Test
    void aRuleOnARatioThatCannotBeComputed() {
        Evaluation evaluation = tree(leaf("预算执行率", "10", new ExecutionRateRule(null, null, RatioId.BUDGET_EXECUTION_RATE)),
                leaf("其他", "90", full("90")));

        assertThat(errors(evaluation)).isEmpty();
        assertThat(EvaluationValidator.validate(evaluation)).singleElement().satisfies(p -> {
            assertThat(p.severity()).isEqualTo(Problem.Severity.WARNING);
            assertThat(p.path()).isEqualTo("/indicators/0/rule/ratio");
            assertThat(p.message()).contains("预算执行率").contains("支出决算").contains("调整后预算").contains("暂按 0 分计");
        });
        assertThat(org.jixiao.core.evaluation.EvaluationScorer.score(evaluation).indicators().get(0).score()).isEqualByComparingTo("0");
    }

    @Test
    void negativeAmountsInAnExecutionRateRule() {
        Evaluation evaluation = tree(leaf("预算执行率", "10", new ExecutionRateRule(d("100"), d("-1"), null)), leaf("其他", "90", full("90")));

        assertThat(errors(evaluation)).extracting(Problem::path).containsExactly("/indicators/0/rule");
    }

    @Test
    void aDifferentTotalWeightIsHonoured() {
        // a project self-evaluation table scored out of 110 is accepted when the evaluation says so
        Evaluation evaluation = new Evaluation(META, null, null, null, null, null, null,
                List.of(leaf("预算执行率", "10", full("10")), leaf("产出", "100", full("100"))), d("110"), null);

        assertThat(errors(evaluation)).isEmpty();
    }
}
