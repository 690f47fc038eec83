package org.jixiao.app.corpus;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What one document copy prints: a copy of the evaluation's tree for every place the tree is printed (so that an
 * injected error can change one place, several, or all), and every other printed figure, each either derived from the
 * data or overridden by an injection. The composer renders from it and the oracle checks it; neither knows about the
 * other's format.
 */
final class Printed {
    /** The places an indicator's figures are printed. */
    enum Src {
        /** the score table (or the tables split per 一级) in the body */
        MAIN,
        /** the 评分表 repeated in the 附件 */
        ANNEX,
        /** the table of 一级 indicators only */
        SUMMARY,
        /** the formulaic lines "该指标分值X分，评价得分Y分，得分率Z%。" */
        FORMULA,
        /** the sentence listing the 一级 weights */
        SYSTEM
    }

    enum Fig { W, S, R }

    final Evaluation ev;
    final Shape shape;
    final Map<Src, Node> trees = new EnumMap<>(Src.class);
    final Map<String, BigDecimal> overrides = new HashMap<>();
    BigDecimal statedTotal;
    String statedGrade;
    BigDecimal abstractExecRate;
    BigDecimal abstractSatisfaction;
    Map<Integer, Integer> indicatorCountOverride = new HashMap<>();
    Map<String, Integer> projectCountOverride = new LinkedHashMap<>();
    final List<ProjectRow> projects = new ArrayList<>();
    BigDecimal projectTotalBudget;
    BigDecimal projectTotalExecuted;
    final List<BudgetLine> budget = new ArrayList<>();
    BigDecimal budgetTotalInitial;
    BigDecimal budgetTotalFull;
    BigDecimal budgetTotalActual;
    final Map<String, BigDecimal> ratioOverride = new HashMap<>();
    final int[] surveyCounts;
    final BigDecimal[] surveyShareOverride = new BigDecimal[4];
    Integer surveyTableValid;
    Integer surveySentenceValid;
    BigDecimal surveySatisfaction;

    static final class ProjectRow {
        final String name;
        final BigDecimal budget;
        final BigDecimal executed;
        final BigDecimal score;
        String grade;

        ProjectRow(String name, BigDecimal budget, BigDecimal executed, BigDecimal score, String grade) {
            this.name = name;
            this.budget = budget;
            this.executed = executed;
            this.score = score;
            this.grade = grade;
        }

        BigDecimal rate() {
            return Num.rate(executed, budget);
        }
    }

    static final class BudgetLine {
        final String label;
        final boolean part;
        final BigDecimal initial;
        final BigDecimal full;
        final BigDecimal actual;

        BudgetLine(Evaluation.BudgetRow row) {
            label = row.label();
            part = row.part();
            initial = row.initial();
            full = row.full();
            actual = row.actual();
        }

        BigDecimal rate() {
            return Num.rate(actual, full);
        }
    }

    Printed(Evaluation ev) {
        this.ev = ev;
        this.shape = ev.shape();
        for (Src src : Src.values()) {
            if (has(src)) {
                trees.put(src, ev.root().copy());
            }
        }
        for (Evaluation.Project project : ev.projects()) {
            projects.add(new ProjectRow(project.name(), project.budget(), project.executed(), project.score(), ev.bands().grade(project.score())));
        }
        for (Evaluation.BudgetRow row : ev.budget()) {
            budget.add(new BudgetLine(row));
        }
        surveyCounts = ev.survey() == null ? new int[0] : ev.survey().counts().stream().mapToInt(Integer::intValue).toArray();
    }

    boolean has(Src src) {
        return switch (src) {
            case MAIN, SYSTEM -> true;
            case ANNEX -> shape.annex();
            case SUMMARY -> shape.summary();
            case FORMULA -> shape.formulaDepth() > 0;
        };
    }

    Node tree(Src src) {
        return trees.get(src);
    }

    Node node(Src src, String id) {
        return trees.get(src).find(id);
    }

    // ---------------------------------------------------------------- what each place prints

    /** The figures of an indicator (id "R" = the whole system, in a 合计 row) that a place prints; empty when none. */
    Set<Fig> prints(Src src, Node node) {
        Set<Fig> none = EnumSet.noneOf(Fig.class);
        if (!has(src)) {
            return none;
        }
        boolean rate = shape.rateHeader() != null;
        Set<Fig> all = rate ? EnumSet.of(Fig.W, Fig.S, Fig.R) : EnumSet.of(Fig.W, Fig.S);
        return switch (src) {
            case SUMMARY -> node.level <= 1 ? all : none;
            case FORMULA -> node.level >= 1 && node.level <= shape.formulaDepth() ? EnumSet.of(Fig.W, Fig.S, Fig.R) : none;
            case SYSTEM -> node.level == 1 ? EnumSet.of(Fig.W) : none;
            case MAIN, ANNEX -> table(src, node, all);
        };
    }

    private Set<Fig> table(Src src, Node node, Set<Fig> all) {
        boolean split = src == Src.MAIN && shape.split();
        boolean perLevel = shape.parentWeights() == Shape.ParentWeights.PER_LEVEL;
        if (node.level == 0) {
            return hasTotalRow(src) ? perLevel ? EnumSet.of(Fig.W, Fig.S) : all : EnumSet.noneOf(Fig.class);
        }
        if (node.isLeaf()) {
            return perLevel ? EnumSet.of(Fig.W, Fig.S) : all;
        }
        if (!shape.names().separateColumns()) {
            return all;
        }
        if (node.level == 1 && hasSubtotalRow(src)) {
            return perLevel ? EnumSet.of(Fig.W, Fig.S) : all;
        }
        if (node.level == 1 && split) {
            return EnumSet.noneOf(Fig.class);
        }
        return shape.parentWeights() == Shape.ParentWeights.NONE ? EnumSet.noneOf(Fig.class) : EnumSet.of(Fig.W);
    }

    /** The score table of that place ends with a 合计 row for the whole system. */
    boolean hasTotalRow(Src src) {
        return src == Src.ANNEX || src == Src.SUMMARY || src == Src.MAIN && !shape.split() && shape.totalLabel() != null;
    }

    /** The score table of that place has a 小计 (or, split per 一级, a 合计) row for every 一级 indicator. */
    boolean hasSubtotalRow(Src src) {
        boolean perLevel = shape.parentWeights() == Shape.ParentWeights.PER_LEVEL;
        if (src == Src.MAIN && shape.split()) {
            return true;
        }
        return (src == Src.MAIN || src == Src.ANNEX) && shape.names().separateColumns() && shape.subtotals() && !perLevel;
    }

    String key(Src src, Node node, Fig fig) {
        return src + ":" + node.id + ":" + fig;
    }

    BigDecimal value(Src src, Node node, Fig fig) {
        BigDecimal override = overrides.get(key(src, node, fig));
        if (override != null) {
            return override;
        }
        return switch (fig) {
            case W -> node.weight;
            case S -> node.score;
            case R -> Num.rate(value(src, node, Fig.S), value(src, node, Fig.W));
        };
    }

    /** The value as the document prints it, with its printed precision ({@code 9} for a weight printed without decimals). */
    BigDecimal shown(Src src, Node node, Fig fig) {
        BigDecimal value = value(src, node, fig);
        return trimmed(src, node, fig) ? trim(value) : Num.two(value);
    }

    private boolean trimmed(Src src, Node node, Fig fig) {
        return switch (src) {
            case SYSTEM -> true;
            case FORMULA -> shape.formulaTrimmed();
            case SUMMARY -> fig == Fig.W && shape.integerWeights();
            case MAIN, ANNEX -> {
                if (fig != Fig.W) {
                    yield false;
                }
                boolean nameOnly = shape.names().separateColumns() && !node.isLeaf() && node.level > 0
                        && shape.parentWeights() == Shape.ParentWeights.IN_NAMES && !(node.level == 1 && hasSubtotalRow(src));
                yield nameOnly || shape.integerWeights();
            }
        };
    }

    static BigDecimal trim(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    BigDecimal value(Src src, String id, Fig fig) {
        return value(src, node(src, id), fig);
    }

    // ---------------------------------------------------------------- the other figures

    BigDecimal total() {
        return statedTotal != null ? statedTotal : tree(Src.MAIN).score;
    }

    String grade() {
        return statedGrade != null ? statedGrade : ev.bands().grade(total());
    }

    /** Nodes per level (1 …), as the sentence about the indicator system states them. */
    Map<Integer, Integer> indicatorCounts() {
        Map<Integer, Integer> counts = new LinkedHashMap<>();
        for (Node node : tree(Src.MAIN).preorder()) {
            if (node.level > 0) {
                counts.merge(node.level, 1, Integer::sum);
            }
        }
        counts.putAll(indicatorCountOverride);
        return counts;
    }

    /** Projects by grade as the count sentence states them: the grades of their scores. */
    Map<String, Integer> projectCounts() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String word : ev.bands().words()) {
            int count = 0;
            for (Evaluation.Project project : ev.projects()) {
                if (ev.bands().grade(project.score()).equals(word)) {
                    count++;
                }
            }
            if (count > 0) {
                counts.put(word, count);
            }
        }
        counts.putAll(projectCountOverride);
        return counts;
    }

    int projectCountTotal() {
        return projectCountOverride.containsKey("") ? projectCountOverride.get("") : ev.projects().size();
    }

    BigDecimal projectTotalBudget() {
        return projectTotalBudget != null ? projectTotalBudget : projects.stream().map(p -> p.budget).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    BigDecimal projectTotalExecuted() {
        return projectTotalExecuted != null ? projectTotalExecuted : projects.stream().map(p -> p.executed).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    BigDecimal budgetTotal(String column) {
        BigDecimal override = switch (column) {
            case "initial" -> budgetTotalInitial;
            case "full" -> budgetTotalFull;
            default -> budgetTotalActual;
        };
        if (override != null) {
            return override;
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (BudgetLine line : budget) {
            if (!line.part) {
                sum = sum.add(switch (column) {
                    case "initial" -> line.initial;
                    case "full" -> line.full;
                    default -> line.actual;
                });
            }
        }
        return sum;
    }

    /** A stated ratio: its inputs (as the sentence prints them) and its printed result. */
    record Ratio(String key, List<BigDecimal> inputs, BigDecimal result) {}

    List<Ratio> ratios() {
        List<Ratio> ratios = new ArrayList<>();
        if (!shape.ratios()) {
            return ratios;
        }
        Evaluation.BudgetRow total = ev.budgetTotal();
        ratios.add(ratio("exec", List.of(total.initial(), total.full(), total.actual()), Num.rate(total.actual(), total.full())));
        if (shape.kind() == Shape.Kind.DEPARTMENT) {
            Evaluation.Staff staff = ev.staff();
            ratios.add(ratio("staff", List.of(BigDecimal.valueOf(staff.quota()), BigDecimal.valueOf(staff.actual())),
                    Num.rate(BigDecimal.valueOf(staff.actual()), BigDecimal.valueOf(staff.quota()))));
            Evaluation.BudgetRow office = ev.budget().get(2);
            ratios.add(ratio("office", List.of(office.full(), office.actual()), office.rate()));
            Evaluation.ThreePublic three = ev.threePublic();
            ratios.add(ratio("three", List.of(three.thisYear(), three.lastYear()), three.change()));
        } else {
            Evaluation.Funding funding = ev.funding();
            ratios.add(ratio("funding", List.of(funding.planned(), funding.arrived()), Num.rate(funding.arrived(), funding.planned())));
        }
        return ratios;
    }

    private Ratio ratio(String key, List<BigDecimal> inputs, BigDecimal result) {
        return new Ratio(key, inputs, ratioOverride.getOrDefault(key, result));
    }

    BigDecimal execRate() {
        return Num.rate(ev.budgetTotal().actual(), ev.budgetTotal().full());
    }

    int surveyTableValid() {
        return surveyTableValid != null ? surveyTableValid : java.util.Arrays.stream(surveyCounts).sum();
    }

    int surveySentenceValid() {
        return surveySentenceValid != null ? surveySentenceValid : java.util.Arrays.stream(surveyCounts).sum();
    }

    BigDecimal surveyShare(int option) {
        return surveyShareOverride[option] != null ? surveyShareOverride[option]
                : Num.rate(BigDecimal.valueOf(surveyCounts[option]), BigDecimal.valueOf(java.util.Arrays.stream(surveyCounts).sum()));
    }

    BigDecimal trueSatisfaction() {
        return Num.rate(BigDecimal.valueOf(surveyCounts[0] + surveyCounts[1]), BigDecimal.valueOf(java.util.Arrays.stream(surveyCounts).sum()));
    }

    BigDecimal satisfaction() {
        return surveySatisfaction != null ? surveySatisfaction : trueSatisfaction();
    }
}
