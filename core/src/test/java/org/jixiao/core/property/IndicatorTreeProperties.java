package org.jixiao.core.property;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.Scale;
import net.jqwik.api.statistics.Statistics;

import org.jixiao.core.evaluation.Evaluation;
import org.jixiao.core.evaluation.EvaluationResult;
import org.jixiao.core.evaluation.EvaluationScorer;
import org.jixiao.core.evaluation.Meta;
import org.jixiao.core.grade.GradeScheme;
import org.jixiao.core.indicator.Indicator;
import org.jixiao.core.indicator.ScoredIndicator;
import org.jixiao.core.ratio.BudgetFacts;
import org.jixiao.core.ratio.StandardRatios;
import org.jixiao.core.scoring.DeductionsRule;
import org.jixiao.core.scoring.DeductionsRule.Deduction;
import org.jixiao.core.scoring.ExecutionRateRule;
import org.jixiao.core.scoring.LinearDeductionRule;
import org.jixiao.core.scoring.ManualRule;
import org.jixiao.core.scoring.Measure;
import org.jixiao.core.scoring.ProportionalRule;
import org.jixiao.core.scoring.QualitativeRule;
import org.jixiao.core.scoring.RuleContext;
import org.jixiao.core.scoring.RuleResult;
import org.jixiao.core.scoring.ScoringRule;
import org.jixiao.core.scoring.TiersRule;
import org.jixiao.core.targets.Operator;
import org.jixiao.core.targets.Target;

/**
 * Random indicator systems (指标体系) of depth 1–4 whose weights add up exactly (children to their parent, 一级 to 100), with
 * leaves of every rule kind, scored end to end (domain §3–§4).
 */
class IndicatorTreeProperties {

    private static final BigDecimal HUNDRED = new BigDecimal("100");
    private static final long TOTAL_CENTS = 10_000;
    private static final String[] LEVELS = {"一级", "二级", "三级", "四级"};
    private static final String[] REASONS = {
            "未细化具体任务清单，职责分工和时间进度不够明确", "政府采购预算编制不全面", "记账与审核为同一人", "部分项目付款不够及时",
            "大部分项目未设置成本指标"};

    /** Rules that carry their own figures need neither targets nor ratios. */
    private static final RuleContext NO_DATA = new RuleContext(Map.of(), StandardRatios.compute(BudgetFacts.empty(), List.of(), null));

    // ----------------------------------------------------------------------------------------------------------------
    // (a) sums, (b) 得分率, (c) grade
    // ----------------------------------------------------------------------------------------------------------------

    @Property
    void totalIsTheSumOfTheRoundedLeafScoresAndEveryParentTheSumOfItsChildren(@ForAll("indicatorSystems") List<Indicator> roots) {
        EvaluationResult result = score(roots);

        BigDecimal leafSum = BigDecimal.ZERO;
        for (ScoredIndicator leaf : result.leaves()) {
            RuleResult alone = leaf.indicator().rule().apply(leaf.weight(), NO_DATA);
            assertThat(leaf.score()).as("leaf %s", leaf.path()).isEqualByComparingTo(alone.score());
            assertThat(leaf.score().scale()).as("leaf %s rounded to 2 decimals", leaf.path()).isEqualTo(2);
            assertThat(leaf.score()).isBetween(BigDecimal.ZERO, leaf.weight());
            assertThat(leaf.explanation()).isNotBlank();
            leafSum = leafSum.add(leaf.score());
        }
        assertThat(result.totalScore()).isEqualByComparingTo(leafSum);
        assertThat(result.totalWeight()).isEqualByComparingTo(HUNDRED);

        for (ScoredIndicator node : result.allIndicators()) {
            if (!node.isLeaf()) {
                BigDecimal childSum = node.children().stream().map(ScoredIndicator::score).reduce(BigDecimal.ZERO, BigDecimal::add);
                assertThat(node.score()).as("node %s", node.path()).isEqualByComparingTo(childSum);
                BigDecimal childWeights = node.children().stream().map(ScoredIndicator::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
                assertThat(node.weight()).as("weights of %s", node.path()).isEqualByComparingTo(childWeights);
            }
        }
        Statistics.label("depth").collect(depth(roots));
    }

    @Property
    void everyScoreRateIsScoreOverWeightInPercentRoundedHalfUp(@ForAll("indicatorSystems") List<Indicator> roots) {
        EvaluationResult result = score(roots);

        for (ScoredIndicator node : result.allIndicators()) {
            if (node.weight().signum() == 0) {
                assertThat(node.ratePercent()).as("rate of zero-weight %s", node.path()).isNull();
            } else {
                // divide(…, 2, HALF_UP) rounds the exact quotient once
                BigDecimal expected = node.score().multiply(HUNDRED).divide(node.weight(), 2, RoundingMode.HALF_UP);
                assertThat(node.ratePercent()).as("得分率 of %s (%s / %s)", node.path(), node.score(), node.weight())
                        .isEqualByComparingTo(expected);
                assertThat(node.ratePercent().scale()).isEqualTo(2);
            }
        }
        assertThat(result.totalRatePercent()).isEqualByComparingTo(result.totalScore());
    }

    @Property
    void theGradeFollowsTheStandardBands(@ForAll("indicatorSystems") List<Indicator> roots) {
        EvaluationResult result = score(roots);

        assertThat(result.grade())
                .isEqualTo(GradeScheme.standard().gradeOf(result.totalScore()))
                .isEqualTo(writtenOutGrade(result.totalScore()));
        Statistics.label("grade").collect(result.grade());
    }

    @Property
    void everyTotalFrom0To100GetsTheGradeOfItsBand(@ForAll @BigRange(min = "0", max = "100") @Scale(2) BigDecimal total) {
        assertThat(GradeScheme.standard().gradeOf(total)).isEqualTo(writtenOutGrade(total));
    }

    /** 优 [90, 100], 良 [80, 90), 中 [60, 80), 差 [0, 60). */
    private static String writtenOutGrade(BigDecimal total) {
        if (total.compareTo(new BigDecimal("90")) >= 0) {
            return "优";
        }
        if (total.compareTo(new BigDecimal("80")) >= 0) {
            return "良";
        }
        if (total.compareTo(new BigDecimal("60")) >= 0) {
            return "中";
        }
        return "差";
    }

    private static EvaluationResult score(List<Indicator> roots) {
        return EvaluationScorer.score(Evaluation.ofTree(Meta.of("测试部门", 2024), roots));
    }

    private static int depth(List<Indicator> nodes) {
        return nodes.stream().mapToInt(n -> n.isLeaf() ? 1 : 1 + depth(n.children())).max().orElse(0);
    }

    // ----------------------------------------------------------------------------------------------------------------
    // (d) every rule kind stays within [0, weight] whatever its inputs
    // ----------------------------------------------------------------------------------------------------------------

    @Property(tries = 2000)
    void everyRuleScoresWithinItsWeightWithTwoDecimalsAndExplainsItself(@ForAll("anyRule") ScoringRule rule,
                                                                       @ForAll("anyWeight") BigDecimal weight) {
        RuleResult result = rule.apply(weight, NO_DATA);

        assertThat(result.score()).as("%s on %s", rule, weight).isBetween(BigDecimal.ZERO, weight);
        assertThat(result.score().scale()).as("%s on %s", rule, weight).isEqualTo(2);
        assertThat(result.explanation()).as("%s on %s", rule, weight).isNotBlank();

        Statistics.label("kind").collect(rule.kind());
        Statistics.label("kind").coverage(coverage -> {
            for (String kind : List.of("manual", "qualitative", "deductions", "tiers", "linear_deduction", "execution_rate",
                    "proportional")) {
                coverage.check(kind).count(c -> c > 0);
            }
        });
    }

    @Provide
    Arbitrary<BigDecimal> anyWeight() {
        return Arbitraries.oneOf(
                Arbitraries.bigDecimals().between(BigDecimal.ZERO, HUNDRED).ofScale(2),
                Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("1000000000")).ofScale(2),
                Arbitraries.of(new BigDecimal("0.00"), new BigDecimal("0.01"), BigDecimal.ZERO, BigDecimal.ONE));
    }

    @Provide
    Arbitrary<ScoringRule> anyRule() {
        return Arbitraries.oneOf(
                extreme().map(score -> new ManualRule(score, "评价工作组评定")),
                Combinators.combine(Arbitraries.of(QualitativeRule.Level.values()), extreme()).as(QualitativeRule::new),
                Combinators.combine(extreme(), Arbitraries.of(REASONS).injectNull(0.0).map(r -> r == null ? "" : r)).as(Deduction::new)
                        .list().ofMaxSize(20).map(DeductionsRule::new),
                Combinators.combine(measure(extreme()), extremeTier().list().ofMinSize(1).ofMaxSize(6)).as(TiersRule::new),
                Combinators.combine(measure(extreme()), extreme(), Arbitraries.of(LinearDeductionRule.Direction.values()),
                        positive(), extreme()).as(LinearDeductionRule::new),
                Combinators.combine(extreme(), extreme()).as((budget, executed) -> new ExecutionRateRule(budget, executed, null)),
                Combinators.combine(inlineTarget(extreme(), extreme().injectNull(0.1)), Arbitraries.of(ProportionalRule.BelowTarget.values()))
                        .as((target, below) -> new ProportionalRule(List.of(), target, below)));
    }

    /** Anything from −10¹² to 10¹² with 0–6 decimals, and the usual suspects. */
    private static Arbitrary<BigDecimal> extreme() {
        BigDecimal big = new BigDecimal("1000000000000");
        return Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.integers().between(0, 6)
                        .flatMap(scale -> Arbitraries.bigDecimals().between(big.negate(), big).ofScale(scale))),
                Tuple.of(3, Arbitraries.bigDecimals().between(new BigDecimal("-200"), new BigDecimal("200")).ofScale(2)),
                Tuple.of(1, Arbitraries.of(BigDecimal.ZERO, new BigDecimal("0.01"), new BigDecimal("-0.01"), BigDecimal.ONE,
                        HUNDRED, new BigDecimal("1E+15"), new BigDecimal("-1E+15"), new BigDecimal("0.000001"))));
    }

    private static Arbitrary<BigDecimal> positive() {
        return Arbitraries.bigDecimals().between(new BigDecimal("0.000001"), new BigDecimal("1000000000000")).ofScale(6)
                .filter(p -> p.signum() > 0);
    }

    private static Arbitrary<TiersRule.Tier> extremeTier() {
        return Arbitraries.oneOf(
                Combinators.combine(extreme(), extreme()).as((min, fraction) -> new TiersRule.Tier(min, fraction, null)),
                Combinators.combine(extreme(), extreme()).as((min, points) -> new TiersRule.Tier(min, null, points)));
    }

    // ----------------------------------------------------------------------------------------------------------------
    // Indicator systems whose weights add up, with valid leaf rules of every kind
    // ----------------------------------------------------------------------------------------------------------------

    @Provide
    Arbitrary<List<Indicator>> indicatorSystems() {
        return Arbitraries.integers().between(1, 4)
                .flatMap(depth -> split(TOTAL_CENTS, 5).flatMap(cents -> nodes(cents, 1, depth, "")));
    }

    /** Splits {@code cents} into 1..maxParts non-negative parts that add up exactly (random cut points). */
    private static Arbitrary<List<Long>> split(long cents, int maxParts) {
        return Arbitraries.integers().between(1, maxParts).flatMap(parts ->
                Arbitraries.longs().between(0, cents).list().ofSize(parts - 1).map(cuts -> {
                    List<Long> sorted = new ArrayList<>(cuts);
                    Collections.sort(sorted);
                    List<Long> result = new ArrayList<>();
                    long previous = 0;
                    for (long cut : sorted) {
                        result.add(cut - previous);
                        previous = cut;
                    }
                    result.add(cents - previous);
                    return result;
                }));
    }

    private static Arbitrary<List<Indicator>> nodes(List<Long> cents, int level, int depth, String parentCode) {
        List<Arbitrary<Indicator>> each = new ArrayList<>();
        for (int i = 0; i < cents.size(); i++) {
            each.add(node(cents.get(i), level, depth, parentCode + (i + 1)));
        }
        return Combinators.combine(each).as(List::copyOf);
    }

    private static Arbitrary<Indicator> node(long cents, int level, int depth, String code) {
        BigDecimal weight = BigDecimal.valueOf(cents, 2);
        String name = LEVELS[level - 1] + "指标" + code;
        Arbitrary<Indicator> leaf = validRule(weight).map(rule -> Indicator.leaf(name, weight, rule));
        if (level == depth) {
            return leaf;
        }
        Arbitrary<Indicator> inner = split(cents, 4)
                .flatMap(parts -> nodes(parts, level + 1, depth, code + "."))
                .map(children -> Indicator.node(name, weight, children));
        return level == 1 ? inner : Arbitraries.frequencyOf(Tuple.of(1, leaf), Tuple.of(3, inner));
    }

    /** A rule the validator accepts for a leaf of this weight. */
    static Arbitrary<ScoringRule> validRule(BigDecimal weight) {
        return Arbitraries.oneOf(
                scoreWithin(BigDecimal.ZERO, weight).map(score -> new ManualRule(score, "依据佐证材料评定")),
                qualitative(weight),
                deductions(weight),
                tiers(weight),
                linear(),
                execution(),
                proportional());
    }

    private static Arbitrary<BigDecimal> scoreWithin(BigDecimal low, BigDecimal high) {
        return Arbitraries.bigDecimals().between(low, high).ofScale(2);
    }

    private static Arbitrary<BigDecimal> amount(String min, String max) {
        return Arbitraries.bigDecimals().between(new BigDecimal(min), new BigDecimal(max)).ofScale(2);
    }

    /** A score inside the level's band; a band too narrow to hold a cent (weight 0.01, 部分达成) falls back to 未达成 0. */
    private static Arbitrary<ScoringRule> qualitative(BigDecimal weight) {
        return Arbitraries.of(QualitativeRule.Level.values()).flatMap(level -> {
            BigDecimal low = weight.multiply(level.low()).setScale(2, RoundingMode.CEILING);
            BigDecimal high = weight.multiply(level.high()).setScale(2, RoundingMode.FLOOR);
            if (low.compareTo(high) > 0) {
                return Arbitraries.just(new QualitativeRule(QualitativeRule.Level.NOT_ACHIEVED, new BigDecimal("0.00")));
            }
            return scoreWithin(low, high).map(score -> new QualitativeRule(level, score));
        });
    }

    /** 0–4 deductions, each up to the weight + 1, so that their total sometimes exceeds the weight. */
    private static Arbitrary<ScoringRule> deductions(BigDecimal weight) {
        return Combinators.combine(scoreWithin(BigDecimal.ZERO, weight.add(BigDecimal.ONE)), Arbitraries.of(REASONS))
                .as(Deduction::new).list().ofMaxSize(4).map(DeductionsRule::new);
    }

    private static Arbitrary<ScoringRule> tiers(BigDecimal weight) {
        Arbitrary<TiersRule.Tier> tier = Arbitraries.oneOf(
                Combinators.combine(amount("0", "100"), amount("0", "1")).as((min, fraction) -> new TiersRule.Tier(min, fraction, null)),
                Combinators.combine(amount("0", "100"), scoreWithin(BigDecimal.ZERO, weight)).as((min, points) -> new TiersRule.Tier(min, null, points)));
        return Combinators.combine(measure(amount("-50", "200")), tier.list().ofMinSize(1).ofMaxSize(4)).as(TiersRule::new);
    }

    private static Arbitrary<ScoringRule> linear() {
        return Combinators.combine(measure(amount("-100", "300")), amount("0", "100"),
                Arbitraries.of(LinearDeductionRule.Direction.values()), amount("0.01", "10"), amount("0", "2"))
                .as(LinearDeductionRule::new);
    }

    private static Arbitrary<ScoringRule> execution() {
        return Combinators.combine(amount("0", "100000"), amount("0", "120000"))
                .as((budget, executed) -> new ExecutionRateRule(budget, executed, null));
    }

    private static Arbitrary<ScoringRule> proportional() {
        return Combinators.combine(inlineTarget(amount("0", "1000"), amount("0", "2000")), Arbitraries.of(ProportionalRule.BelowTarget.values()))
                .as((target, below) -> new ProportionalRule(List.of(), target, below));
    }

    private static Arbitrary<Measure> measure(Arbitrary<BigDecimal> values) {
        return values.map(value -> Measure.of("实际值", value, "%"));
    }

    private static Arbitrary<Target> inlineTarget(Arbitrary<BigDecimal> values, Arbitrary<BigDecimal> actuals) {
        Arbitrary<Operator> operators = Arbitraries.of(Operator.values()).filter(Operator::isQuantitative);
        return Combinators.combine(operators, values, actuals)
                .as((operator, value, actual) -> Target.quantitative("T1", "目标", operator, value, "家", actual));
    }
}
