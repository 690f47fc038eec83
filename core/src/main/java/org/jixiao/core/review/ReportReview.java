package org.jixiao.core.review;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.jixiao.core.grade.GradeScheme;
import org.jixiao.core.number.Decimals;
import org.jixiao.core.ratio.RatioId;
import org.jixiao.core.review.RecoveredReport.FormulaLine;
import org.jixiao.core.review.RecoveredReport.StatedRatio;
import org.jixiao.core.review.RecoveredReport.StatedTotal;
import org.jixiao.core.review.RecoveredReport.TableTotal;

/**
 * Checks the arithmetic of an existing report from what a reader recovered (domain §10): parent vs children, weights
 * vs 100, 得分率 vs score ÷ weight, total vs Σ 一级, grade vs total and the document's own bands, every restatement of a
 * figure (摘要, formulaic lines, 合计 rows) vs the tree, stated ratios vs their inputs, and the data tables' 合计 rows
 * and rate columns ({@link TableChecks}). A difference of one unit in the last printed digit is reported as INFO.
 */
public final class ReportReview {
    private final RecoveredReport report;
    private final List<Finding> findings = new ArrayList<>();
    private final List<RecoveredReport.Unread> unread = new ArrayList<>();

    private ReportReview(RecoveredReport report) {
        this.report = report;
        unread.addAll(report.unread());
    }

    public static ReviewResult review(RecoveredReport report) {
        ReportReview review = new ReportReview(report);
        review.run();
        review.findings.sort(Comparator.comparingInt((Finding finding) -> finding.location().line())
                .thenComparing(Finding::code));
        review.unread.sort(Comparator.comparingInt(item -> item.quote().line()));
        return new ReviewResult(report.document(), review.findings, review.unread, report);
    }

    private void run() {
        for (RecoveredNode root : report.roots()) {
            checkNode(root, List.of());
        }
        checkFirstLevelWeights();
        BigDecimal total = recomputedTotal().orElse(null);
        for (TableTotal tableTotal : report.tableTotals()) {
            checkTableTotal(tableTotal, total);
        }
        GradeScheme scheme = gradeScheme();
        for (StatedTotal stated : report.totals()) {
            checkStatedTotal(stated, total, scheme);
        }
        for (FormulaLine line : report.formulaLines()) {
            checkFormulaLine(line);
        }
        for (StatedRatio ratio : report.ratios()) {
            checkRatio(ratio);
        }
        for (RecoveredReport.DataTable table : report.tables()) {
            TableChecks.check(report.document(), table, findings, unread);
        }
    }

    // ---- the indicator tree ----

    private void checkNode(RecoveredNode node, List<String> parentPath) {
        List<String> path = new ArrayList<>(parentPath);
        path.add(node.name());
        Location location = new Location(report.document(), null, String.join(" › ", path), node.quote().line());
        if (node.weightInName() != null && node.weight() != null) {
            compare("WEIGHT_NAME", node.weightInName(), node.weight(), location, node.quote(), "名称中的分值 = 本行分值",
                    "指标名称中写的分值与本行分值不一致");
        }
        if (!node.isLeaf()) {
            // Compared with the leaves' weights, so that one wrong weight is reported once, where it is printed.
            BigDecimal childWeights = computedWeight(node.children());
            if (node.weight() != null && childWeights != null) {
                compare("TREE_WEIGHT", node.weight(), childWeights, location, node.quote(), "上级分值 = 下级末级指标分值之和",
                        "“" + node.name() + "”的分值不等于下级指标分值之和");
            }
            BigDecimal childScores = computedScore(node.children());
            if (node.score() != null && childScores != null) {
                compare("TREE_SCORE", node.score(), childScores, location, node.quote(), "上级得分 = 下级得分之和",
                        "“" + node.name() + "”的得分不等于下级指标得分之和");
            }
        }
        if (node.rate() != null && node.score() != null && node.weight() != null && node.weight().signum() != 0) {
            compare("RATE", node.rate(), rate(node.score(), node.weight()), location, node.quote(), "得分率 = 得分 ÷ 分值 × 100%",
                    "“" + node.name() + "”的得分率与得分 ÷ 分值不符");
        }
        if (node.score() != null && node.weight() != null
                && (node.score().compareTo(node.weight()) > 0 || node.score().signum() < 0)) {
            findings.add(new Finding("SCORE_RANGE", Severity.ERROR, location, node.score().toPlainString(),
                    "0 — " + node.weight().toPlainString(), "0 ≤ 得分 ≤ 分值",
                    "“" + node.name() + "”的得分 " + node.score().toPlainString() + " 超出 0 至分值 " + node.weight().toPlainString()
                            + " 的范围。原文：" + node.quote().shortText(80)));
        }
        for (RecoveredNode child : node.children()) {
            checkNode(child, path);
        }
    }

    private void checkFirstLevelWeights() {
        if (report.roots().isEmpty()) {
            return;
        }
        BigDecimal weights = computedWeight(report.roots());
        if (weights == null) {
            weights = sum(report.roots().stream().map(RecoveredNode::weight).toList());
        }
        if (weights == null) {
            return;
        }
        BigDecimal expected = report.tableTotals().stream().filter(total -> total.scope() == null && total.weight() != null)
                .map(TableTotal::weight).findFirst().orElse(Decimals.HUNDRED);
        if (weights.compareTo(expected) != 0 && weights.compareTo(Decimals.HUNDRED) != 0) {
            RecoveredNode first = report.roots().get(0);
            findings.add(new Finding("WEIGHT_TOTAL", Severity.ERROR,
                    new Location(report.document(), null, "一级指标", first.quote().line()), weights.toPlainString(), "100",
                    "一级指标分值之和 = 100", "一级指标分值之和为 " + weights.toPlainString() + " 分，不等于 100 分"));
        }
    }

    /** Σ of the 一级 scores recomputed from their leaves (or as printed where a 一级 has no sub-tree). */
    private Optional<BigDecimal> recomputedTotal() {
        if (report.roots().isEmpty()) {
            return Optional.empty();
        }
        BigDecimal total = BigDecimal.ZERO;
        for (RecoveredNode root : report.roots()) {
            BigDecimal score = computedScore(root);
            if (score == null) {
                return Optional.empty();
            }
            total = total.add(score);
        }
        return Optional.of(total);
    }

    private void checkTableTotal(TableTotal total, BigDecimal overall) {
        Location location = new Location(report.document(), total.scope() == null ? "得分情况表" : total.scope(), "合计",
                total.quote().line());
        BigDecimal weight;
        BigDecimal score;
        String scope;
        if (total.scope() == null) {
            weight = computedWeight(report.roots());
            if (weight == null) {
                weight = sum(report.roots().stream().map(RecoveredNode::weight).toList());
            }
            score = overall;
            scope = "一级指标";
        } else {
            RecoveredNode root = report.roots().stream().filter(node -> node.name().equals(total.scope())).findFirst().orElse(null);
            if (root == null) {
                return;
            }
            weight = computedWeight(root.children());
            score = computedScore(root.children());
            scope = "“" + root.name() + "”下各末级指标";
        }
        if (total.weight() != null && weight != null) {
            compare("TABLE_TOTAL", total.weight(), weight, location, total.quote(), "合计分值 = Σ" + scope + "分值",
                    "合计行的分值不等于" + scope + "分值之和");
        }
        if (total.score() != null && score != null) {
            compare("TABLE_TOTAL", total.score(), score, location, total.quote(), "合计得分 = Σ" + scope + "得分",
                    "合计行的得分不等于" + scope + "得分之和");
        }
        if (total.rate() != null && total.score() != null && total.weight() != null && total.weight().signum() != 0) {
            compare("RATE", total.rate(), rate(total.score(), total.weight()), location, total.quote(), "得分率 = 得分 ÷ 分值 × 100%",
                    "合计行的得分率与得分 ÷ 分值不符");
        }
    }

    private GradeScheme gradeScheme() {
        if (report.bands() != null && !report.bands().bands().isEmpty()) {
            try {
                return GradeScheme.of(report.bands().bands());
            } catch (IllegalArgumentException e) {
                unread.add(new RecoveredReport.Unread(report.bands().quote(), "等级标准无法使用（" + e.getMessage() + "），改按默认等级标准核对"));
            }
        }
        return GradeScheme.standard();
    }

    private void checkStatedTotal(StatedTotal stated, BigDecimal total, GradeScheme scheme) {
        Location location = new Location(report.document(), null, "综合得分", stated.quote().line());
        if (stated.score() != null && total != null) {
            compare("TOTAL", stated.score(), total, location, stated.quote(), "综合得分 = Σ一级指标得分",
                    "所述综合得分与各一级指标得分之和不符");
        }
        if (stated.grade() != null) {
            BigDecimal basis = total != null ? total : stated.score();
            if (basis == null) {
                basis = report.totals().stream().map(StatedTotal::score).filter(score -> score != null).findFirst().orElse(null);
            }
            if (basis == null) {
                unread.add(new RecoveredReport.Unread(stated.quote(), "等级“" + stated.grade() + "”无法核对：没有找到综合得分"));
                return;
            }
            String expected = scheme.gradeOf(basis);
            if (!expected.equals(stated.grade())) {
                String bands = report.bands() != null ? "按报告自述的等级标准（第 " + report.bands().quote().line() + " 行）" : "按默认等级标准";
                findings.add(new Finding("GRADE", Severity.ERROR, location, stated.grade(), expected, "等级 = 综合得分所在档次",
                        "综合得分 " + basis.toPlainString() + " 分" + bands + "应为“" + expected + "”，报告写作“" + stated.grade() + "”。原文："
                                + stated.quote().shortText(80)));
            }
        }
    }

    private void checkFormulaLine(FormulaLine line) {
        RecoveredNode node = find(line.path());
        Location location = new Location(report.document(), null, String.join(" › ", line.path()), line.quote().line());
        if (node == null) {
            unread.add(new RecoveredReport.Unread(line.quote(), "指标“" + String.join(" › ", line.path()) + "”不在得分表中，无法与表格核对"));
            return;
        }
        BigDecimal weight = node.isLeaf() ? node.weight() : computedWeight(node.children());
        if (weight == null) {
            weight = node.weight();
        }
        if (line.weight() != null && weight != null) {
            compare("FORMULA_WEIGHT", line.weight(), weight, location, line.quote(), "正文分值 = 得分表分值",
                    "正文所述“" + node.name() + "”的分值与得分表不符");
        }
        BigDecimal score = node.isLeaf() ? node.score() : computedScore(node.children());
        if (score == null) {
            score = node.score();
        }
        if (line.score() != null && score != null) {
            compare("FORMULA_SCORE", line.score(), score, location, line.quote(), node.isLeaf() ? "正文得分 = 得分表得分" : "正文得分 = 得分表中下级得分之和",
                    "正文所述“" + node.name() + "”的得分与得分表不符");
        }
        if (line.rate() != null && line.score() != null && line.weight() != null && line.weight().signum() != 0) {
            compare("FORMULA_RATE", line.rate(), rate(line.score(), line.weight()), location, line.quote(), "得分率 = 得分 ÷ 分值 × 100%",
                    "正文所述“" + node.name() + "”的得分率与同句的得分 ÷ 分值不符");
        }
    }

    private void checkRatio(StatedRatio ratio) {
        BigDecimal value = recompute(ratio);
        Location location = new Location(report.document(), null, ratio.id().label(), ratio.quote().line());
        if (value == null) {
            unread.add(new RecoveredReport.Unread(ratio.quote(), ratio.id().label() + "无法复算：输入不全或分母为 0"));
            return;
        }
        StringBuilder inputs = new StringBuilder();
        for (RecoveredReport.Input input : ratio.inputs()) {
            inputs.append(inputs.length() > 0 ? "，" : "").append(input.label()).append(' ').append(input.value().toPlainString());
        }
        compare("RATIO", ratio.printedPercent(), value, location, ratio.quote(), ratio.id().formula(),
                ratio.id().label() + "与同段所给数据不符（" + inputs + "）");
    }

    static BigDecimal recompute(StatedRatio ratio) {
        RatioId id = ratio.id();
        switch (id) {
            case BUDGET_ADJUSTMENT_RATE -> {
                BigDecimal adjusted = ratio.input("adjusted");
                BigDecimal initial = ratio.input("initial");
                BigDecimal special = Optional.ofNullable(ratio.input("special")).orElse(BigDecimal.ZERO);
                return adjusted == null || initial == null || initial.signum() == 0 ? null
                        : percentExact(adjusted.subtract(initial).subtract(special), initial);
            }
            case THREE_PUBLIC_CHANGE_RATE -> {
                BigDecimal current = ratio.input("current");
                BigDecimal previous = ratio.input("previous");
                return current == null || previous == null || previous.signum() == 0 ? null
                        : percentExact(current.subtract(previous), previous);
            }
            default -> {
                BigDecimal numerator = ratio.input("numerator");
                BigDecimal denominator = ratio.input("denominator");
                return numerator == null || denominator == null || denominator.signum() == 0 ? null
                        : percentExact(numerator, denominator);
            }
        }
    }

    // ---- helpers ----

    private RecoveredNode find(List<String> path) {
        List<RecoveredNode> level = report.roots();
        RecoveredNode found = null;
        for (String name : path) {
            found = level.stream().filter(node -> node.name().equals(name)).findFirst().orElse(null);
            if (found == null) {
                return null;
            }
            level = found.children();
        }
        return found;
    }

    private static BigDecimal computedScore(RecoveredNode node) {
        return node.isLeaf() ? node.score() : computedScore(node.children());
    }

    private static BigDecimal computedScore(List<RecoveredNode> nodes) {
        BigDecimal total = BigDecimal.ZERO;
        for (RecoveredNode node : nodes) {
            BigDecimal score = computedScore(node);
            if (score == null) {
                return null;
            }
            total = total.add(score);
        }
        return total;
    }

    private static BigDecimal computedWeight(List<RecoveredNode> nodes) {
        BigDecimal total = BigDecimal.ZERO;
        for (RecoveredNode node : nodes) {
            BigDecimal weight = node.isLeaf() ? node.weight() : computedWeight(node.children());
            if (weight == null) {
                return null;
            }
            total = total.add(weight);
        }
        return total;
    }

    private static BigDecimal sum(List<BigDecimal> values) {
        BigDecimal total = BigDecimal.ZERO;
        for (BigDecimal value : values) {
            if (value == null) {
                return null;
            }
            total = total.add(value);
        }
        return total;
    }

    /** score ÷ weight × 100, unrounded (the printed scale decides what counts as equal). */
    static BigDecimal rate(BigDecimal score, BigDecimal weight) {
        return percentExact(score, weight);
    }

    static BigDecimal percentExact(BigDecimal numerator, BigDecimal denominator) {
        return numerator.multiply(Decimals.HUNDRED).divide(denominator, Decimals.QUOTIENT_SCALE, RoundingMode.HALF_UP);
    }

    /** The recomputed value shown at the printed precision (at least 2 decimals). */
    static String show(BigDecimal printed, BigDecimal recomputed) {
        int scale = Math.max(2, printed.scale());
        return recomputed.setScale(scale, RoundingMode.HALF_UP).toPlainString();
    }

    private void compare(String code, BigDecimal printed, BigDecimal recomputed, Location location, Quote quote, String rule, String message) {
        add(findings, code, printed, recomputed, location, quote, rule, message);
    }

    static void add(List<Finding> findings, String code, BigDecimal printed, BigDecimal recomputed, Location location, Quote quote,
                    String rule, String message) {
        Severity severity = Tolerance.severityOf(printed, recomputed);
        if (severity == null) {
            return;
        }
        // A figure printed without decimals ("(9)", "96%") is off by a whole point or percent: that is not the
        // one-cent rounding the tolerance is for (half a unit is already accepted as rounding to an integer).
        if (severity == Severity.INFO && printed.scale() <= 0) {
            severity = Severity.ERROR;
        }
        String expected = show(printed, recomputed);
        String tail = severity == Severity.INFO ? "（相差在末位一个单位以内，按四舍五入差异处理）" : "";
        findings.add(new Finding(code, severity, location, printed.toPlainString(), expected, rule,
                message + "：报告为 " + printed.toPlainString() + "，复算为 " + expected + tail + "。原文：" + quote.shortText(90)));
    }
}
