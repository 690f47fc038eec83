package org.jixiao.core.property;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Random indicator systems (指标体系) of depth 1–4 whose weights add up exactly (children to their parent, 一级 to 100), with
 * leaves of every rule kind, scored end to end (domain §3–§4). Each case comes from a seed ({@link Gen}): the same cases on
 * every run, a failure named by its seed.
 */
class IndicatorTreeProperties {

    private static final BigDecimal HUNDRED = new BigDecimal("100");
    private static final long TOTAL_CENTS = 10_000;
    private static final String[] LEVELS = {"一级", "二级", "三级", "四级"};
    private static final String[] REASONS = {
            "未细化具体任务清单，职责分工和时间进度不够明确", "政府采购预算编制不全面", "记账与审核为同一人", "部分项目付款不够及时",
            "大部分项目未设置成本指标"};
    private static final List<String> RULE_KINDS = List.of("manual", "qualitative", "deductions", "tiers", "linear_deduction",
            "execution_rate", "proportional");

    /** Rules that carry their own figures need neither targets nor ratios. */
    private static final RuleContext NO_DATA = new RuleContext(Map.of(), StandardRatios.compute(BudgetFacts.empty(), List.of(), null));

    static Stream<Long> systems() {
        return Gen.seeds(500);
    }

    static Stream<Long> rules() {
        return Gen.seeds(2000);
    }

    // ----------------------------------------------------------------------------------------------------------------
    // (a) sums, (b) 得分率, (c) grade
    // ----------------------------------------------------------------------------------------------------------------

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("systems")
    void totalIsTheSumOfTheRoundedLeafScoresAndEveryParentTheSumOfItsChildren(long seed) {
        List<Indicator> roots = indicatorSystem(new Gen(seed));
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
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("systems")
    void everyScoreRateIsScoreOverWeightInPercentRoundedHalfUp(long seed) {
        EvaluationResult result = score(indicatorSystem(new Gen(seed)));

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

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("systems")
    void theGradeFollowsTheStandardBands(long seed) {
        EvaluationResult result = score(indicatorSystem(new Gen(seed)));

        assertThat(result.grade())
                .isEqualTo(GradeScheme.standard().gradeOf(result.totalScore()))
                .isEqualTo(writtenOutGrade(result.totalScore()));
    }

    @Test
    void everyTotalFrom0To100GetsTheGradeOfItsBand() {
        for (int cents = 0; cents <= 10_000; cents++) {
            BigDecimal total = BigDecimal.valueOf(cents, 2);
            assertThat(GradeScheme.standard().gradeOf(total)).as("%s", total).isEqualTo(writtenOutGrade(total));
        }
    }

    @Test
    void theGeneratedSystemsHaveEveryDepthAndGrade() {
        var depths = new java.util.TreeSet<Integer>();
        var grades = new java.util.TreeSet<String>();
        systems().forEach(seed -> {
            List<Indicator> roots = indicatorSystem(new Gen(seed));
            depths.add(depth(roots));
            grades.add(score(roots).grade());
        });
        assertThat(depths).containsExactly(1, 2, 3, 4);
        assertThat(grades).contains("优", "良", "中", "差");
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

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("rules")
    void everyRuleScoresWithinItsWeightWithTwoDecimalsAndExplainsItself(long seed) {
        Gen gen = new Gen(seed);
        ScoringRule rule = anyRule(gen);
        BigDecimal weight = anyWeight(gen);
        RuleResult result = rule.apply(weight, NO_DATA);

        assertThat(result.score()).as("%s on %s", rule, weight).isBetween(BigDecimal.ZERO, weight);
        assertThat(result.score().scale()).as("%s on %s", rule, weight).isEqualTo(2);
        assertThat(result.explanation()).as("%s on %s", rule, weight).isNotBlank();
    }

    @Test
    void theGeneratedRulesAreOfEveryKind() {
        assertThat(rules().map(seed -> anyRule(new Gen(seed)).kind()).distinct().toList()).containsExactlyInAnyOrderElementsOf(RULE_KINDS);
    }

    private static BigDecimal anyWeight(Gen gen) {
        return gen.oneOf(
                () -> gen.decimal(BigDecimal.ZERO, HUNDRED, 2),
                () -> gen.decimal("0", "1000000000", 2),
                () -> gen.pick(new BigDecimal("0.00"), new BigDecimal("0.01"), BigDecimal.ZERO, BigDecimal.ONE));
    }

    private static ScoringRule anyRule(Gen gen) {
        return gen.oneOf(
                () -> new ManualRule(extreme(gen), "评价工作组评定"),
                () -> new QualitativeRule(gen.pick(QualitativeRule.Level.values()), extreme(gen)),
                () -> new DeductionsRule(gen.list(0, 20, () -> new Deduction(extreme(gen), gen.chance(0.1) ? "" : gen.pick(REASONS)))),
                () -> new TiersRule(measure(extreme(gen)), gen.list(1, 6, () -> extremeTier(gen))),
                () -> new LinearDeductionRule(measure(extreme(gen)), extreme(gen), gen.pick(LinearDeductionRule.Direction.values()),
                        gen.decimal("0.000001", "1000000000000", 6), extreme(gen)),
                () -> new ExecutionRateRule(extreme(gen), extreme(gen), null),
                () -> new ProportionalRule(List.of(), inlineTarget(gen, extreme(gen), gen.chance(0.1) ? null : extreme(gen)),
                        gen.pick(ProportionalRule.BelowTarget.values())));
    }

    /** Anything from −10¹² to 10¹² with 0–6 decimals, and the usual suspects. */
    private static BigDecimal extreme(Gen gen) {
        int roll = gen.between(1, 10);
        if (roll <= 6) {
            return gen.decimal("-1000000000000", "1000000000000", gen.between(0, 6));
        }
        if (roll <= 9) {
            return gen.decimal("-200", "200", 2);
        }
        return gen.pick(BigDecimal.ZERO, new BigDecimal("0.01"), new BigDecimal("-0.01"), BigDecimal.ONE, HUNDRED,
                new BigDecimal("1E+15"), new BigDecimal("-1E+15"), new BigDecimal("0.000001"));
    }

    private static TiersRule.Tier extremeTier(Gen gen) {
        return gen.chance(0.5) ? new TiersRule.Tier(extreme(gen), extreme(gen), null) : new TiersRule.Tier(extreme(gen), null, extreme(gen));
    }

    // ----------------------------------------------------------------------------------------------------------------
    // Indicator systems whose weights add up, with valid leaf rules of every kind
    // ----------------------------------------------------------------------------------------------------------------

    static List<Indicator> indicatorSystem(Gen gen) {
        int depth = gen.between(1, 4);
        return nodes(gen, split(gen, TOTAL_CENTS, 5), 1, depth, "");
    }

    /** Splits {@code cents} into 1..maxParts non-negative parts that add up exactly (random cut points). */
    private static List<Long> split(Gen gen, long cents, int maxParts) {
        int parts = gen.between(1, maxParts);
        List<Long> cuts = new ArrayList<>();
        for (int i = 0; i < parts - 1; i++) {
            cuts.add(gen.between(0L, cents));
        }
        Collections.sort(cuts);
        List<Long> result = new ArrayList<>();
        long previous = 0;
        for (long cut : cuts) {
            result.add(cut - previous);
            previous = cut;
        }
        result.add(cents - previous);
        return result;
    }

    private static List<Indicator> nodes(Gen gen, List<Long> cents, int level, int depth, String parentCode) {
        List<Indicator> nodes = new ArrayList<>();
        for (int i = 0; i < cents.size(); i++) {
            nodes.add(node(gen, cents.get(i), level, depth, parentCode + (i + 1)));
        }
        return List.copyOf(nodes);
    }

    private static Indicator node(Gen gen, long cents, int level, int depth, String code) {
        BigDecimal weight = BigDecimal.valueOf(cents, 2);
        String name = LEVELS[level - 1] + "指标" + code;
        boolean leaf = level == depth || level > 1 && gen.between(1, 4) == 1;
        if (leaf) {
            return Indicator.leaf(name, weight, validRule(gen, weight));
        }
        return Indicator.node(name, weight, nodes(gen, split(gen, cents, 4), level + 1, depth, code + "."));
    }

    /** A rule the validator accepts for a leaf of this weight. */
    static ScoringRule validRule(Gen gen, BigDecimal weight) {
        return gen.oneOf(
                () -> new ManualRule(gen.decimal(BigDecimal.ZERO, weight, 2), "依据佐证材料评定"),
                () -> qualitative(gen, weight),
                () -> deductions(gen, weight),
                () -> tiers(gen, weight),
                () -> new LinearDeductionRule(measure(gen.decimal("-100", "300", 2)), gen.decimal("0", "100", 2),
                        gen.pick(LinearDeductionRule.Direction.values()), gen.decimal("0.01", "10", 2), gen.decimal("0", "2", 2)),
                () -> new ExecutionRateRule(gen.decimal("0", "100000", 2), gen.decimal("0", "120000", 2), null),
                () -> new ProportionalRule(List.of(), inlineTarget(gen, gen.decimal("0", "1000", 2), gen.decimal("0", "2000", 2)),
                        gen.pick(ProportionalRule.BelowTarget.values())));
    }

    /** A score inside the level's band; a band too narrow to hold a cent (weight 0.01, 部分达成) falls back to 未达成 0. */
    private static ScoringRule qualitative(Gen gen, BigDecimal weight) {
        QualitativeRule.Level level = gen.pick(QualitativeRule.Level.values());
        BigDecimal low = weight.multiply(level.low()).setScale(2, RoundingMode.CEILING);
        BigDecimal high = weight.multiply(level.high()).setScale(2, RoundingMode.FLOOR);
        if (low.compareTo(high) > 0) {
            return new QualitativeRule(QualitativeRule.Level.NOT_ACHIEVED, new BigDecimal("0.00"));
        }
        return new QualitativeRule(level, gen.decimal(low, high, 2));
    }

    /** 0–4 deductions, each up to the weight + 1, so that their total sometimes exceeds the weight. */
    private static ScoringRule deductions(Gen gen, BigDecimal weight) {
        return new DeductionsRule(gen.list(0, 4, () -> new Deduction(gen.decimal(BigDecimal.ZERO, weight.add(BigDecimal.ONE), 2), gen.pick(REASONS))));
    }

    private static ScoringRule tiers(Gen gen, BigDecimal weight) {
        return new TiersRule(measure(gen.decimal("-50", "200", 2)), gen.list(1, 4, () -> gen.chance(0.5)
                ? new TiersRule.Tier(gen.decimal("0", "100", 2), gen.decimal("0", "1", 2), null)
                : new TiersRule.Tier(gen.decimal("0", "100", 2), null, gen.decimal(BigDecimal.ZERO, weight, 2))));
    }

    private static Measure measure(BigDecimal value) {
        return Measure.of("实际值", value, "%");
    }

    private static Target inlineTarget(Gen gen, BigDecimal value, BigDecimal actual) {
        Operator operator = gen.pick(java.util.Arrays.stream(Operator.values()).filter(Operator::isQuantitative).toList());
        return Target.quantitative("T1", "目标", operator, value, "家", actual);
    }
}
