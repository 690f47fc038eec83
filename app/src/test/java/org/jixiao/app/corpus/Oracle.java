package org.jixiao.app.corpus;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jixiao.app.corpus.Printed.Fig;
import org.jixiao.app.corpus.Printed.Src;

/**
 * A reviewer that cannot misread: it checks every relation of domain §10 on the {@link Printed} model itself (not on
 * a file), with the printed precision of every figure and the rounding tolerance of the domain (half a unit of the last
 * printed digit is agreement, one unit is rounding, more is an error; equal shares rounded before summing are a note).
 * The corpus tests score its findings against the truth rows exactly as the measurement scores the real review: every
 * injected error must be found, nothing else may be an error, and a clean copy gives no finding at all. That is what
 * proves the truth rows right, independently of the reader under test.
 */
final class Oracle {
    record Finding(String rule, boolean error, String printed, String recomputed, String quotation) {
        /** The finding as the review's JSON carries it, written the way review_score.py dumps it. */
        String json() {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("severity", error ? "error" : "note");
            map.put("rule", rule);
            map.put("printed", printed);
            map.put("recomputed", recomputed);
            map.put("quotation", quotation);
            return Truths.pythonJson(map);
        }
    }

    private final Printed p;
    private final List<Finding> findings = new ArrayList<>();

    private Oracle(Printed printed) {
        this.p = printed;
    }

    static List<Finding> check(Printed printed) {
        Oracle oracle = new Oracle(printed);
        oracle.run();
        return oracle.findings;
    }

    private void run() {
        Node structure = p.tree(Src.MAIN);
        List<Src> places = List.of(Src.MAIN, Src.ANNEX, Src.SUMMARY, Src.FORMULA, Src.SYSTEM);
        for (Node node : structure.preorder()) {
            for (Src src : places) {
                if (!p.has(src)) {
                    continue;
                }
                Node at = p.node(src, node.id);
                var figures = p.prints(src, at);
                if (!node.isLeaf()) {
                    for (Fig fig : List.of(Fig.W, Fig.S)) {
                        if (figures.contains(fig)) {
                            sums(src, at, fig);
                        }
                    }
                }
                if (figures.contains(Fig.R) && figures.contains(Fig.S) && figures.contains(Fig.W)) {
                    BigDecimal recomputed = exactRate(p.shown(src, at, Fig.S), p.shown(src, at, Fig.W));
                    compare(src == Src.FORMULA ? "FORMULA" : "RATE", p.shown(src, at, Fig.R), recomputed, row(src, at), false);
                }
                if (figures.contains(Fig.S) && figures.contains(Fig.W)) {
                    BigDecimal score = p.shown(src, at, Fig.S);
                    BigDecimal weight = p.shown(src, at, Fig.W);
                    if (score.compareTo(weight) > 0 && tolerance(score, weight) == Match.MISMATCH) {
                        add("SCORE_RANGE", true, score, weight, row(src, at));
                    }
                }
            }
            sameFigure(node);
        }
        for (Src src : List.of(Src.MAIN, Src.ANNEX, Src.SUMMARY, Src.SYSTEM)) {
            if (p.has(src)) {
                List<Node> frontier = frontier(p.tree(src), src, Fig.W);
                if (frontier != null) {
                    BigDecimal sum = frontier.stream().map(n -> p.shown(src, n, Fig.W)).reduce(BigDecimal.ZERO, BigDecimal::add);
                    compare("WEIGHT_TOTAL", new BigDecimal("100"), sum, "指标分值合计", false);
                }
            }
        }
        stated();
        projects();
        counts();
        ratios();
        budget();
        survey();
    }

    /** A parent's printed figure against the sum of its nearest printed descendants, in every place that prints them. */
    private void sums(Src src, Node parent, Fig fig) {
        BigDecimal printed = p.shown(src, parent, fig);
        for (Src place : new java.util.LinkedHashSet<>(List.of(src, Src.MAIN, Src.ANNEX))) {
            if (!p.has(place)) {
                continue;
            }
            Node top = p.node(place, parent.id);
            List<Node> frontier = frontier(top, place, fig);
            if (frontier == null || frontier.isEmpty()) {
                continue;
            }
            BigDecimal sum = frontier.stream().map(n -> p.shown(place, n, fig)).reduce(BigDecimal.ZERO, BigDecimal::add);
            boolean equalShares = fig == Fig.W && frontier.size() >= 3 && frontier.stream().allMatch(n -> n.parent == top)
                    && frontier.stream().map(n -> p.shown(place, n, fig)).distinct().count() == 1
                    && Num.two(printed.divide(BigDecimal.valueOf(frontier.size()), 6, RoundingMode.HALF_UP)).compareTo(p.shown(place, frontier.get(0), fig)) == 0;
            String rule = parent.level == 0 ? fig == Fig.W ? "WEIGHT_TOTAL" : "TABLE_TOTAL" : fig == Fig.W ? "TREE_WEIGHT" : "TREE_SCORE";
            compare(rule, printed, sum, row(src, parent), equalShares);
        }
    }

    /** The nearest descendants printed with that figure in a place, or null when some branch has none printed. */
    private List<Node> frontier(Node top, Src place, Fig fig) {
        List<Node> frontier = new ArrayList<>();
        for (Node child : top.children) {
            if (p.prints(place, child).contains(fig)) {
                frontier.add(child);
            } else if (child.isLeaf()) {
                return null;
            } else {
                List<Node> below = frontier(child, place, fig);
                if (below == null) {
                    return null;
                }
                frontier.addAll(below);
            }
        }
        return frontier;
    }

    /** The same indicator's figure printed in two places. */
    private void sameFigure(Node node) {
        for (Fig fig : Fig.values()) {
            BigDecimal reference = null;
            for (Src src : Src.values()) {
                if (!p.has(src)) {
                    continue;
                }
                Node at = p.node(src, node.id);
                if (!p.prints(src, at).contains(fig)) {
                    continue;
                }
                BigDecimal value = p.shown(src, at, fig);
                if (reference == null) {
                    reference = value;
                } else {
                    compare("SAME_FIGURE", value, reference, row(src, at), false);
                    compare("SAME_FIGURE", reference, value, row(src, at), false);
                }
            }
        }
    }

    private void stated() {
        BigDecimal total = Num.two(p.total());
        String sentence = Composer.totalSentence(p);
        for (Src src : List.of(Src.MAIN, Src.ANNEX, Src.SUMMARY)) {
            if (!p.has(src)) {
                continue;
            }
            Node root = p.tree(src);
            if (p.prints(src, root).contains(Fig.S)) {
                compare("TOTAL", total, p.shown(src, root, Fig.S), sentence, false);
            }
            List<Node> frontier = frontier(root, src, Fig.S);
            if (frontier != null) {
                BigDecimal sum = frontier.stream().map(n -> p.shown(src, n, Fig.S)).reduce(BigDecimal.ZERO, BigDecimal::add);
                compare("TOTAL", total, sum, sentence, false);
            }
        }
        String grade = p.ev.bands().grade(total);
        if (!grade.equals(p.grade())) {
            findings.add(new Finding("GRADE", true, p.grade(), grade, sentence));
        }
    }

    private void projects() {
        if (p.projects.isEmpty()) {
            return;
        }
        Bands bands = p.ev.bands();
        Map<String, Integer> printedGrades = new LinkedHashMap<>();
        Map<String, Integer> recomputedGrades = new LinkedHashMap<>();
        BigDecimal budget = BigDecimal.ZERO;
        BigDecimal executed = BigDecimal.ZERO;
        for (Printed.ProjectRow row : p.projects) {
            String quote = row.name + "\t" + Num.money(row.budget) + "\t" + Num.money(row.executed) + "\t" + Num.fixed(row.rate()) + "%\t" + Num.fixed(row.score)
                    + "\t" + row.grade;
            compare("ROW_RATE", row.rate(), exactRate(row.executed, row.budget), quote, false);
            if (!bands.grade(row.score).equals(row.grade)) {
                findings.add(new Finding("ROW_GRADE", true, row.grade, bands.grade(row.score), quote));
            }
            printedGrades.merge(row.grade, 1, Integer::sum);
            recomputedGrades.merge(bands.grade(row.score), 1, Integer::sum);
            budget = budget.add(row.budget);
            executed = executed.add(row.executed);
        }
        String total = "合计\t" + Num.money(p.projectTotalBudget()) + "\t" + Num.money(p.projectTotalExecuted());
        compare("TABLE_SUM", p.projectTotalBudget(), budget, total, false);
        compare("TABLE_SUM", p.projectTotalExecuted(), executed, total, false);
        String sentence = Composer.countSentence(p);
        Map<String, Integer> stated = p.projectCounts();
        for (Map<String, Integer> counted : List.of(printedGrades, recomputedGrades)) {
            for (String word : bands.words()) {
                int says = stated.getOrDefault(word, 0);
                int is = counted.getOrDefault(word, 0);
                if (says != is) {
                    findings.add(new Finding("COUNT", true, String.valueOf(says), String.valueOf(is), sentence));
                }
            }
        }
        int sum = stated.values().stream().mapToInt(Integer::intValue).sum();
        if (sum != p.projectCountTotal()) {
            findings.add(new Finding("COUNT", true, String.valueOf(p.projectCountTotal()), String.valueOf(sum), sentence));
        }
        if (p.projectCountTotal() != p.projects.size()) {
            findings.add(new Finding("COUNT", true, String.valueOf(p.projectCountTotal()), String.valueOf(p.projects.size()), sentence));
        }
    }

    private void counts() {
        if (!p.shape.indicatorCount()) {
            return;
        }
        Map<Integer, Integer> actual = new LinkedHashMap<>();
        for (Node node : p.tree(Src.MAIN).preorder()) {
            if (node.level > 0) {
                actual.merge(node.level, 1, Integer::sum);
            }
        }
        String sentence = Composer.indicatorCountSentence(p);
        p.indicatorCounts().forEach((level, says) -> {
            int is = actual.getOrDefault(level, 0);
            if (says != is) {
                findings.add(new Finding("COUNT", true, String.valueOf(says), String.valueOf(is), sentence));
            }
        });
    }

    private void ratios() {
        for (Printed.Ratio ratio : p.ratios()) {
            List<BigDecimal> in = ratio.inputs();
            BigDecimal recomputed = switch (ratio.key()) {
                case "exec" -> exactRate(in.get(2), in.get(1));
                case "staff", "office", "funding" -> exactRate(in.get(1), in.get(0));
                default -> exactRate(in.get(0).subtract(in.get(1)), in.get(1));
            };
            compare("RATIO", ratio.result(), recomputed, Composer.ratioSentence(p, ratio), false);
            if (ratio.key().equals("exec")) {
                if (p.shape.budgetTable()) {
                    String sentence = Composer.ratioSentence(p, ratio);
                    compare("SAME_FIGURE", in.get(0), p.budgetTotal("initial"), sentence, false);
                    compare("SAME_FIGURE", in.get(1), p.budgetTotal("full"), sentence, false);
                    compare("SAME_FIGURE", in.get(2), p.budgetTotal("actual"), sentence, false);
                    BigDecimal tableRate = Num.rate(p.budgetTotal("actual"), p.budgetTotal("full"));
                    compare("SAME_FIGURE", ratio.result(), tableRate, sentence, false);
                    compare("SAME_FIGURE", tableRate, ratio.result(), sentence, false);
                }
                if (p.shape.abstractFigures()) {
                    BigDecimal abstractRate = p.abstractExecRate != null ? p.abstractExecRate : p.execRate();
                    compare("SAME_FIGURE", abstractRate, ratio.result(), "摘要 预算执行率", false);
                    compare("SAME_FIGURE", ratio.result(), abstractRate, "摘要 预算执行率", false);
                }
            }
        }
        if (p.shape.abstractFigures() && p.shape.budgetTable()) {
            BigDecimal abstractRate = p.abstractExecRate != null ? p.abstractExecRate : p.execRate();
            BigDecimal tableRate = Num.rate(p.budgetTotal("actual"), p.budgetTotal("full"));
            compare("SAME_FIGURE", abstractRate, tableRate, "摘要 预算执行率", false);
            compare("SAME_FIGURE", tableRate, abstractRate, "摘要 预算执行率", false);
        }
    }

    private void budget() {
        if (!p.shape.budgetTable()) {
            return;
        }
        BigDecimal[] sums = {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO};
        BigDecimal[] parts = {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO};
        Printed.BudgetLine basic = null;
        for (Printed.BudgetLine line : p.budget) {
            String quote = line.label + "\t" + Num.money(line.initial) + "\t" + Num.money(line.full) + "\t" + Num.money(line.actual) + "\t" + Num.fixed(line.rate()) + "%";
            compare("ROW_RATE", line.rate(), exactRate(line.actual, line.full), quote, false);
            BigDecimal[] into = line.part ? parts : sums;
            into[0] = into[0].add(line.initial);
            into[1] = into[1].add(line.full);
            into[2] = into[2].add(line.actual);
            if (!line.part && line.label.equals("基本支出")) {
                basic = line;
            }
        }
        String total = "合计\t" + Num.money(p.budgetTotal("initial")) + "\t" + Num.money(p.budgetTotal("full")) + "\t" + Num.money(p.budgetTotal("actual"));
        compare("TABLE_SUM", p.budgetTotal("initial"), sums[0], total, false);
        compare("TABLE_SUM", p.budgetTotal("full"), sums[1], total, false);
        compare("TABLE_SUM", p.budgetTotal("actual"), sums[2], total, false);
        if (basic != null) {
            compare("TABLE_SUM", basic.initial, parts[0], "基本支出", false);
            compare("TABLE_SUM", basic.full, parts[1], "基本支出", false);
            compare("TABLE_SUM", basic.actual, parts[2], "基本支出", false);
        }
    }

    private void survey() {
        if (p.ev.survey() == null) {
            return;
        }
        int[] c = p.surveyCounts;
        int sum = c[0] + c[1] + c[2] + c[3];
        BigDecimal tableValid = BigDecimal.valueOf(p.surveyTableValid());
        BigDecimal sentenceValid = BigDecimal.valueOf(p.surveySentenceValid());
        String sentence = Composer.surveySentence(p);
        compare("SURVEY", tableValid, BigDecimal.valueOf(sum), "合计\t" + tableValid, false);
        compare("SURVEY", sentenceValid, BigDecimal.valueOf(sum), sentence, false);
        compare("SURVEY", sentenceValid, tableValid, sentence, false);
        BigDecimal shares = BigDecimal.ZERO;
        for (int i = 0; i < 4; i++) {
            BigDecimal share = p.surveyShare(i);
            shares = shares.add(share);
            compare("SURVEY", share, exactRate(BigDecimal.valueOf(c[i]), tableValid), Evaluation.Survey.OPTIONS.get(i) + "\t" + c[i] + "\t" + Num.fixed(share) + "%", false);
        }
        compare("SURVEY", new BigDecimal("100.00"), shares, "合计\t100.00%", false);
        BigDecimal satisfied = BigDecimal.valueOf(c[0] + c[1]);
        compare("SURVEY", p.satisfaction(), exactRate(satisfied, sentenceValid), sentence, false);
        compare("SURVEY", p.satisfaction(), exactRate(satisfied, BigDecimal.valueOf(sum)), sentence, false);
        if (p.shape.abstractFigures()) {
            BigDecimal stated = p.abstractSatisfaction != null ? p.abstractSatisfaction : p.satisfaction();
            compare("SAME_FIGURE", stated, p.satisfaction(), "摘要 综合满意度", false);
            compare("SAME_FIGURE", p.satisfaction(), stated, "摘要 综合满意度", false);
        }
    }

    // ---------------------------------------------------------------- comparing with the domain's tolerance

    enum Match { EQUAL, ROUNDING, MISMATCH }

    /** Half a unit of the printed value's last digit is agreement; up to one and a half units is rounding. */
    static Match tolerance(BigDecimal printed, BigDecimal recomputed) {
        BigDecimal unit = BigDecimal.ONE.movePointLeft(Math.max(printed.scale(), 0));
        BigDecimal difference = printed.subtract(recomputed).abs();
        if (difference.compareTo(unit.divide(BigDecimal.valueOf(2))) <= 0) {
            return Match.EQUAL;
        }
        return difference.compareTo(unit.add(unit.divide(BigDecimal.valueOf(2)))) <= 0 ? Match.ROUNDING : Match.MISMATCH;
    }

    private void compare(String rule, BigDecimal printed, BigDecimal recomputed, String quotation, boolean knownPattern) {
        Match match = tolerance(printed, recomputed);
        if (match == Match.EQUAL) {
            return;
        }
        boolean error = match == Match.MISMATCH && !knownPattern;
        add(rule, error, printed, recomputed, quotation);
    }

    private void add(String rule, boolean error, BigDecimal printed, BigDecimal recomputed, String quotation) {
        findings.add(new Finding(rule, error, printed.toPlainString(), Num.two(recomputed).toPlainString(), quotation));
    }

    private static BigDecimal exactRate(BigDecimal part, BigDecimal whole) {
        return part.multiply(Num.HUNDRED).divide(whole, 6, RoundingMode.HALF_UP);
    }

    private String row(Src src, Node node) {
        if (src == Src.FORMULA) {
            return Composer.formulaLine(p, node);
        }
        StringBuilder row = new StringBuilder(node.level == 0 ? "合计" : node.name);
        for (Fig fig : p.prints(src, node)) {
            row.append('\t').append(p.shown(src, node, fig).toPlainString()).append(fig == Fig.R ? "%" : "");
        }
        return row.toString();
    }
}
