package org.jixiao.core.review;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.jixiao.core.grade.GradeBand;
import org.jixiao.core.grade.GradeScheme;
import org.jixiao.core.grade.GradeWords;
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
    /** Document order: page, then line, paragraph, table, row, column. */
    static final Comparator<Where> WHERE_ORDER = Comparator.comparingInt(Where::page).thenComparingInt(Where::line)
            .thenComparingInt(Where::paragraph).thenComparingInt(Where::table).thenComparingInt(Where::row).thenComparingInt(Where::column);

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
        review.findings.sort(Comparator.comparing((Finding finding) -> finding.location().where(), WHERE_ORDER).thenComparing(Finding::code));
        review.unread.sort(Comparator.comparing(item -> item.quote().where(), WHERE_ORDER));
        return new ReviewResult(report.document(), review.findings, review.unread, report);
    }

    private void run() {
        for (RecoveredNode root : report.roots()) {
            checkNode(root, List.of(), true);
        }
        for (List<RecoveredNode> tree : report.otherTrees()) {
            for (RecoveredNode root : tree) {
                checkNode(root, List.of(), true);
            }
            checkFirstLevelWeights(tree);
        }
        for (RecoveredNode row : report.looseRows()) {
            checkNode(row, List.of(), false);
        }
        if (report.rootsListedTogether()) {
            checkFirstLevelWeights(report.roots());
        }
        BigDecimal total = report.otherTrees().isEmpty() && isComplete(report.roots()) ? recomputedTotal().orElse(null) : null;
        for (TableTotal tableTotal : report.tableTotals()) {
            checkTableTotal(tableTotal);
        }
        Grading grading = new Grading(report.bands());
        for (StatedTotal stated : report.totals()) {
            checkStatedTotal(stated, total, grading);
        }
        checkStatedTotalsAgree(total);
        for (RecoveredReport.GradedRow row : report.gradedRows()) {
            checkGradedRow(row, grading);
        }
        for (RecoveredReport.StatedCount count : report.counts()) {
            checkCount(count, grading);
        }
        for (RecoveredReport.Copy copy : report.copies()) {
            checkCopy(copy);
        }
        for (FormulaLine line : report.formulaLines()) {
            checkFormulaLine(line);
        }
        for (StatedRatio ratio : report.ratios()) {
            checkRatio(ratio);
        }
        for (RecoveredReport.Arithmetic arithmetic : report.arithmetic()) {
            Sum exact = new Sum(arithmetic.value(), arithmetic.scale(), arithmetic.scale(), 1);
            boolean count = arithmetic.code().equals("COUNT");
            checkSum(arithmetic.code(), arithmetic.printed(), exact, null, at(null, count ? "个数" : "计算式", arithmetic.quote()), arithmetic.quote(),
                    arithmetic.expression() + " = " + arithmetic.printedText(),
                    count ? "所述个数与" + arithmetic.expression() + "不符" : "文中写出的计算式算得不对（" + arithmetic.expression() + "）");
        }
        for (RecoveredReport.SurveyItem item : report.surveys()) {
            checkSurvey(item);
        }
        for (RecoveredReport.DataTable table : report.tables()) {
            TableChecks.check(report.document(), table, findings, unread);
        }
    }

    private static final List<List<String>> ANSWER_RANKS = List.of(List.of("非常满意", "很满意"), List.of("满意", "比较满意", "较满意"),
            List.of("基本满意"), List.of("一般"), List.of("不太满意", "较不满意"), List.of("不满意"), List.of("非常不满意", "很不满意"));

    private static int rank(String answer) {
        for (int i = 0; i < ANSWER_RANKS.size(); i++) {
            if (ANSWER_RANKS.get(i).contains(answer)) {
                return i;
            }
        }
        return ANSWER_RANKS.size();
    }

    /** A survey question: counts add up to the valid responses, shares are count ÷ n, 满意度 follows the stated scores. */
    private void checkSurvey(RecoveredReport.SurveyItem item) {
        String what = item.question().isEmpty() ? "满意度调查" : item.question();
        Location location = at(item.table(), what, item.quote());
        BigDecimal sum = item.counts().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (item.total() != null && sum.compareTo(item.total()) != 0) {
            findings.add(new Finding("SURVEY", Severity.ERROR, location, item.total().toPlainString(), sum.toPlainString(), "各选项人数之和 = 有效问卷数",
                    "“" + what + "”各选项人数相加为 " + sum.toPlainString() + "，与所列合计 " + item.total().toPlainString() + " 不符", item.quote().text()));
        }
        BigDecimal n = item.total() != null ? item.total() : sum;
        if (n.signum() <= 0) {
            return;
        }
        for (int i = 0; i < item.answers().size(); i++) {
            BigDecimal share = item.share(i);
            if (share != null) {
                compare("SURVEY", share, percentExact(item.counts().get(i), n), location, item.quote(), "占比 = 选项人数 ÷ 有效问卷数 × 100%",
                        "“" + what + "”中“" + item.answers().get(i) + "”的占比与人数 ÷ 有效问卷数不符");
            }
        }
        if (item.satisfaction() == null) {
            return;
        }
        if (!item.weights().isEmpty() && item.answers().stream().allMatch(item.weights()::containsKey)) {
            BigDecimal max = item.weights().values().stream().max(BigDecimal::compareTo).orElse(BigDecimal.ONE);
            BigDecimal points = BigDecimal.ZERO;
            for (int i = 0; i < item.answers().size(); i++) {
                points = points.add(item.counts().get(i).multiply(item.weights().get(item.answers().get(i))));
            }
            if (max.signum() > 0) {
                compare("SURVEY", item.satisfaction(), percentExact(points, n.multiply(max)), location, item.quote(),
                        "满意度 = Σ(各选项人数 × 赋值) ÷ (有效问卷数 × 满分值)", "“" + what + "”的满意度与报告所述各选项赋值算得的结果不符");
            }
            return;
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < item.answers().size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingInt(i -> rank(item.answers().get(i))));
        BigDecimal satisfied = BigDecimal.ZERO;
        for (int k = 0; k < Math.min(3, order.size() - 1); k++) {
            satisfied = satisfied.add(item.counts().get(order.get(k)));
            if (Tolerance.compare(item.satisfaction(), percentExact(satisfied, n)) != Tolerance.Match.MISMATCH) {
                return;
            }
        }
        unread.add(new RecoveredReport.Unread(item.quote(), "“" + what + "”的满意度 " + item.satisfaction().toPlainString()
                + "% 不是常见算法（非常满意、满意等各档占比之和）的结果，报告也未写明各选项赋值，未核对"));
    }

    // ---- the indicator tree ----

    private Location at(String part, String item, Quote quote) {
        return new Location(report.document(), part, item, quote.where());
    }

    /** @param inTree false for a loose row (its levels unknown): only what the row says about itself is checked */
    private void checkNode(RecoveredNode node, List<String> parentPath, boolean inTree) {
        List<String> path = new ArrayList<>(parentPath);
        path.add(node.name());
        Location location = at(null, String.join(" › ", path), node.quote());
        if (node.weightInName() != null && node.weight() != null) {
            compare("WEIGHT_NAME", node.weightInName(), node.weight(), location, node.quote(), "名称中的分值 = 本行分值",
                    "指标名称中写的分值与本行分值不一致");
        }
        if (inTree && !node.isLeaf()) {
            if (node.weight() != null) {
                checkSum("TREE_WEIGHT", node.weight(), Sum.of(node.children(), true, true), Sum.of(node.children(), true, false), location,
                        node.quote(), "上级分值 = 下级指标分值之和", "“" + node.name() + "”的分值不等于下级指标分值之和" + equalShares(node));
            }
            if (node.score() != null) {
                checkSum("TREE_SCORE", node.score(), Sum.of(node.children(), false, true), Sum.of(node.children(), false, false), location,
                        node.quote(), "上级得分 = 下级指标得分之和", "“" + node.name() + "”的得分不等于下级指标得分之和");
            }
        }
        if (node.rate() != null && node.score() != null && node.weight() != null && node.weight().signum() != 0) {
            compare("RATE", node.rate(), rate(node.score(), node.weight()), location, node.quote(), "得分率 = 得分 ÷ 分值 × 100%",
                    "“" + node.name() + "”的得分率与得分 ÷ 分值不符");
        }
        if (node.score() != null && node.weight() != null
                && (node.score().compareTo(node.weight()) > 0 || node.score().signum() < 0)) {
            // above the weight by one unit of the last digit (3.01 of 3): rounding, a note
            boolean rounding = node.score().signum() >= 0
                    && Tolerance.compare(node.score(), node.weight()) != Tolerance.Match.MISMATCH && node.score().scale() > 0;
            findings.add(new Finding("SCORE_RANGE", rounding ? Severity.INFO : Severity.ERROR, location, node.score().toPlainString(),
                    "0 — " + node.weight().toPlainString(), "0 ≤ 得分 ≤ 分值",
                    "“" + node.name() + "”的得分 " + node.score().toPlainString() + " 超出 0 至分值 " + node.weight().toPlainString()
                            + " 的范围", node.quote().text()));
        }
        if (inTree) {
            for (RecoveredNode child : node.children()) {
                checkNode(child, path, true);
            }
        }
    }

    /** "（各项均为 10 ÷ 6 四舍五入后的 1.67 分）" when the children are equal shares of the parent, rounded before summing. */
    private static String equalShares(RecoveredNode node) {
        if (node.weight() == null || node.children().size() < 2) {
            return "";
        }
        BigDecimal first = node.children().get(0).weight();
        if (first == null || node.children().stream().anyMatch(child -> child.weight() == null || child.weight().compareTo(first) != 0)) {
            return "";
        }
        BigDecimal share = node.weight().divide(BigDecimal.valueOf(node.children().size()), Math.max(first.scale(), 0), RoundingMode.HALF_UP);
        if (share.compareTo(first) != 0 || share.multiply(BigDecimal.valueOf(node.children().size())).compareTo(node.weight()) == 0) {
            return "";
        }
        return "（" + node.children().size() + " 项均为 " + node.weight().stripTrailingZeros().toPlainString() + " ÷ " + node.children().size()
                + " 四舍五入后的 " + first.toPlainString() + " 分，相加不再等于上级分值）";
    }

    /**
     * Σ 一级 weights = 100, for a tree that looks whole (at least two 一级, adding up to something near 100): far from 100
     * means some 一级 were not read, which is not the document's error.
     */
    private void checkFirstLevelWeights(List<RecoveredNode> roots) {
        if (roots.size() < 2) {
            return;
        }
        Sum direct = Sum.of(roots, true, true);
        Sum leaves = Sum.of(roots, true, false);
        Sum known = direct != null ? direct : leaves;
        if (known == null) {
            return;
        }
        RecoveredNode first = roots.get(0);
        BigDecimal weights = known.value();
        if (weights.compareTo(BigDecimal.valueOf(85)) < 0 || weights.compareTo(BigDecimal.valueOf(115)) > 0) {
            unread.add(new RecoveredReport.Unread(first.quote(), "读出的一级指标分值合计为 " + weights.toPlainString()
                    + " 分，与 100 分相差较大，可能没有读全一级指标，未核对分值合计"));
            return;
        }
        Tolerance.Match match = worst(direct == null ? null : direct.match(Decimals.HUNDRED), leaves == null ? null : leaves.match(Decimals.HUNDRED));
        if (match == null || match == Tolerance.Match.EQUAL) {
            return;
        }
        Sum shown = direct != null && direct.match(Decimals.HUNDRED) == match ? direct : leaves;
        StringBuilder terms = new StringBuilder();
        for (RecoveredNode root : roots) {
            BigDecimal weight = root.weight() != null ? root.weight() : Sum.leaves(root, true);
            terms.append(terms.length() > 0 ? " + " : "").append(weight == null ? "?" : weight.toPlainString());
        }
        Severity severity = match == Tolerance.Match.ROUNDING ? Severity.INFO : Severity.ERROR;
        findings.add(new Finding("WEIGHT_TOTAL", severity, at(null, "一级指标", first.quote()), shown.value().toPlainString(), "100",
                "一级指标分值之和 = 100", "一级指标分值之和为 " + shown.value().toPlainString() + " 分（" + terms + "），不等于 100 分"
                        + (severity == Severity.INFO ? "（相差在末位一个单位以内，按四舍五入差异处理）" : ""), first.quote().text()));
    }

    /** A tree whose 一级 weights add up to 100: only then is its score the report's total. */
    private boolean isComplete(List<RecoveredNode> roots) {
        if (roots.isEmpty()) {
            return false;
        }
        for (Sum sum : new Sum[] {Sum.of(roots, true, true), Sum.of(roots, true, false)}) {
            if (sum != null && sum.match(Decimals.HUNDRED) != Tolerance.Match.MISMATCH) {
                return true;
            }
        }
        return false;
    }

    /** Σ of the 一级 scores recomputed from their leaves (or as printed where a 一级 has no sub-tree). */
    private Optional<BigDecimal> recomputedTotal() {
        if (report.roots().isEmpty()) {
            return Optional.empty();
        }
        BigDecimal total = computedScore(report.roots());
        return Optional.ofNullable(total);
    }

    private void checkTableTotal(TableTotal total) {
        Location location = at(total.scope(), "合计", total.quote());
        Sum weights = Sum.of(total.over(), true, false);
        if (total.weight() != null && weights != null && total.weight().signum() > 0) {
            BigDecimal ratio = weights.value().divide(total.weight(), 4, RoundingMode.HALF_UP);
            if (ratio.compareTo(new BigDecimal("0.8")) < 0 || ratio.compareTo(new BigDecimal("1.2")) > 0) {
                // far off: the rows this 合计 adds up were not all read, which is not the document's error
                unread.add(new RecoveredReport.Unread(total.quote(), "合计行分值 " + total.weight().toPlainString() + " 与读出的各行分值合计 "
                        + weights.value().toPlainString() + " 相差太大，可能未读全本表，未核对合计"));
                return;
            }
        }
        String scope = total.over().size() == 1 ? "“" + total.over().get(0).name() + "”下各指标" : "各项";
        if (total.weight() != null) {
            List<RecoveredNode> terms = total.over().size() == 1 && total.over().get(0).weight() == null ? total.over().get(0).children() : total.over();
            checkSum("TABLE_TOTAL", total.weight(), Sum.of(terms, true, true), Sum.of(terms, true, false), location, total.quote(),
                    "合计分值 = Σ" + scope + "分值", "合计行的分值不等于" + scope + "分值之和");
        }
        if (total.score() != null) {
            checkSum("TABLE_TOTAL", total.score(), Sum.of(total.over(), false, true), Sum.of(total.over(), false, false), location, total.quote(),
                    "合计得分 = Σ" + scope + "得分", "合计行的得分不等于" + scope + "得分之和");
        }
        if (total.rate() != null && total.score() != null && total.weight() != null && total.weight().signum() != 0) {
            compare("RATE", total.rate(), rate(total.score(), total.weight()), location, total.quote(), "得分率 = 得分 ÷ 分值 × 100%",
                    "合计行的得分率与得分 ÷ 分值不符");
        }
    }

    private void checkStatedTotal(StatedTotal stated, BigDecimal total, Grading grading) {
        Location location = at(null, stated.overall() ? "综合得分" : "得分与等级", stated.quote());
        if (stated.overall() && stated.score() != null && total != null) {
            checkSum("TOTAL", stated.score(), Sum.of(report.roots(), false, true), Sum.of(report.roots(), false, false), location, stated.quote(),
                    "综合得分 = Σ一级指标得分", "所述综合得分与各一级指标得分之和不符");
        }
        if (stated.grade() == null) {
            return;
        }
        BigDecimal basis = stated.score();
        if (basis == null && stated.overall()) {
            basis = total != null ? total : report.totals().stream().filter(StatedTotal::overall).map(StatedTotal::score)
                    .filter(score -> score != null).findFirst().orElse(null);
        }
        if (basis == null) {
            unread.add(new RecoveredReport.Unread(stated.quote(), "等级“" + stated.grade() + "”无法核对：没有找到对应的得分"));
            return;
        }
        grading.check(basis, stated.grade(), location, stated.quote(), stated.overall() ? "综合得分" : "得分");
    }

    /** Without a tree to recompute from, two statements of the overall score must at least agree with each other. */
    private void checkStatedTotalsAgree(BigDecimal total) {
        if (total != null) {
            return;
        }
        StatedTotal first = null;
        for (StatedTotal stated : report.totals()) {
            if (!stated.overall() || stated.score() == null) {
                continue;
            }
            if (first == null) {
                first = stated;
            } else if (first.score().compareTo(stated.score()) != 0) {
                findings.add(new Finding("SAME_FIGURE", Severity.ERROR, at(null, "综合得分", stated.quote()), stated.score().toPlainString(),
                        first.score().toPlainString(), "同一数字各处一致",
                        "综合得分前后不一致：" + first.quote().where().describe() + " 为 " + first.score().toPlainString() + "，此处为 "
                                + stated.score().toPlainString(), first.quote().text() + " ／ " + stated.quote().text()));
            }
        }
    }

    private void checkGradedRow(RecoveredReport.GradedRow row, Grading grading) {
        grading.check(row.score(), row.grade(), at(row.table(), row.name(), row.quote()), row.quote(), "“" + row.name() + "”得分");
    }

    private void checkCount(RecoveredReport.StatedCount count, Grading grading) {
        List<RecoveredReport.GradedRow> rows = report.gradedRows().stream().filter(row -> row.table().equals(count.table())).toList();
        int stated = count.byGrade().values().stream().mapToInt(Integer::intValue).sum();
        boolean sameSet = count.total() != null ? count.total() == rows.size() : stated == rows.size();
        Location location = at(count.table(), "等级个数", count.quote());
        if (count.total() != null && count.total() == rows.size() && stated != rows.size()) {
            findings.add(new Finding("COUNT", Severity.ERROR, location, String.valueOf(stated), String.valueOf(rows.size()), "各等级个数之和 = 总数",
                    "所述各等级个数相加为 " + stated + " 个，与所述总数及" + count.table() + "所列 " + rows.size() + " 个不符", count.quote().text()));
            return;
        }
        if (!sameSet) {
            unread.add(new RecoveredReport.Unread(count.quote(), "所述个数与" + count.table() + "所列 " + rows.size() + " 项对不上总数，无法确定说的是哪些项目，未核对"));
            return;
        }
        for (var entry : count.byGrade().entrySet()) {
            long actual = rows.stream().filter(row -> GradeWords.normalize(row.grade()).equals(entry.getKey())).count();
            // a row whose own grade is wrong is reported there; the sentence may count the grades the scores deserve
            long deserved = rows.stream().filter(row -> entry.getKey().equals(grading.deserved(row.score(), row.grade()))).count();
            if (actual != entry.getValue() && deserved != entry.getValue()) {
                findings.add(new Finding("COUNT", Severity.ERROR, location, String.valueOf(entry.getValue()), String.valueOf(actual),
                        "所述等级个数 = 表中该等级的行数",
                        "所述“" + entry.getKey() + "”" + entry.getValue() + " 个，" + count.table() + "中等级为“" + entry.getKey() + "”的有 " + actual + " 个",
                        count.quote().text()));
            }
        }
    }

    private void checkCopy(RecoveredReport.Copy copy) {
        BigDecimal finer = copy.first().scale() >= copy.second().scale() ? copy.first() : copy.second();
        BigDecimal other = finer == copy.first() ? copy.second() : copy.first();
        boolean rounding = finer.scale() > 0 && Tolerance.compare(finer, other) != Tolerance.Match.MISMATCH;
        findings.add(new Finding("SAME_FIGURE", rounding ? Severity.INFO : Severity.ERROR, at(null, copy.what(), copy.secondQuote()), copy.second().toPlainString(),
                copy.first().toPlainString(), "同一指标各处所印数字一致",
                "“" + copy.what() + "”两处所印不一致：" + copy.firstQuote().where().describe() + " 为 " + copy.first().toPlainString() + "，"
                        + copy.secondQuote().where().describe() + " 为 " + copy.second().toPlainString(),
                copy.firstQuote().text() + " ／ " + copy.secondQuote().text()));
    }

    private void checkFormulaLine(FormulaLine line) {
        Location location = at(null, line.path().isEmpty() ? "指标句" : String.join(" › ", line.path()), line.quote());
        if (line.rate() != null && line.score() != null && line.weight() != null && line.weight().signum() != 0) {
            compare("FORMULA_RATE", line.rate(), rate(line.score(), line.weight()), location, line.quote(), "得分率 = 得分 ÷ 分值 × 100%",
                    "正文所述" + (line.path().isEmpty() ? "" : "“" + line.path().get(line.path().size() - 1) + "”") + "的得分率与同句的得分 ÷ 分值不符");
        }
        if (line.score() != null && line.weight() != null && line.score().compareTo(line.weight()) > 0) {
            findings.add(new Finding("SCORE_RANGE", Severity.ERROR, location, line.score().toPlainString(), "0 — " + line.weight().toPlainString(),
                    "0 ≤ 得分 ≤ 分值", "正文所述得分 " + line.score().toPlainString() + " 超过分值 " + line.weight().toPlainString(), line.quote().text()));
        }
        if (line.path().isEmpty()) {
            return;
        }
        RecoveredNode node = find(line.path());
        if (node == null) {
            unread.add(new RecoveredReport.Unread(line.quote(), "指标“" + String.join(" › ", line.path()) + "”不在得分表中，无法与表格核对"));
            return;
        }
        if (line.weight() != null && line.score() != null && differs(line.weight(), node.weight(), node.isLeaf() ? null : computedWeight(node.children()))
                && differs(line.score(), node.score(), node.isLeaf() ? null : computedScore(node.children()))) {
            // both the 分值 and the 得分 of the sentence differ from the table's: another indicator of the same name, not two misprints
            unread.add(new RecoveredReport.Unread(line.quote(), "正文所述“" + node.name() + "”的分值和得分与得分表中同名指标都不同，可能不是同一指标，未核对"));
            return;
        }
        if (line.weight() != null) {
            checkAgainst("FORMULA_WEIGHT", line.weight(), node.weight(), node.isLeaf() ? null : computedWeight(node.children()), location, line.quote(),
                    "正文分值 = 得分表分值", "正文所述“" + node.name() + "”的分值与得分表不符");
        }
        if (line.score() != null) {
            checkAgainst("FORMULA_SCORE", line.score(), node.score(), node.isLeaf() ? null : computedScore(node.children()), location, line.quote(),
                    "正文得分 = 得分表得分", "正文所述“" + node.name() + "”的得分与得分表不符");
        }
    }

    /** Whether a restated figure disagrees with the table's printed figure and with the figure recomputed from the tree. */
    private static boolean differs(BigDecimal printed, BigDecimal tablePrinted, BigDecimal recomputed) {
        Tolerance.Match byTable = tablePrinted == null ? null : Tolerance.compare(printed, tablePrinted);
        Tolerance.Match byTree = recomputed == null ? null : Tolerance.compare(printed, recomputed);
        return worst(byTable, byTree) == Tolerance.Match.MISMATCH;
    }

    /** A restated figure against the table's printed figure and the figure recomputed from the tree: both must disagree. */
    private void checkAgainst(String code, BigDecimal printed, BigDecimal tablePrinted, BigDecimal recomputed, Location location, Quote quote,
                              String rule, String message) {
        Tolerance.Match byTable = tablePrinted == null ? null : Tolerance.compare(printed, tablePrinted);
        Tolerance.Match byTree = recomputed == null ? null : Tolerance.compare(printed, recomputed);
        Tolerance.Match match = worst(byTable, byTree);
        if (match == null || match == Tolerance.Match.EQUAL) {
            return;
        }
        add(findings, code, printed, byTable == match ? tablePrinted : recomputed, location, quote, rule, message);
    }

    private void checkRatio(StatedRatio ratio) {
        BigDecimal value = recompute(ratio);
        Location location = at(null, ratio.id().label(), ratio.quote());
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

    /**
     * Grades against the document's own bands; without stated bands, against the standard bands (优 ≥ 90, 良 ≥ 80, 中 ≥ 60)
     * — but a grade that another common scheme (85/75/60 …) would give is then only a note, not an error.
     */
    private final class Grading {
        private final RecoveredReport.StatedBands stated;
        private final List<GradeBand> bands;

        Grading(RecoveredReport.StatedBands stated) {
            this.stated = stated;
            if (stated == null) {
                this.bands = List.of();
            } else {
                List<GradeBand> sorted = new ArrayList<>(stated.bands());
                sorted.sort(Comparator.comparing(GradeBand::min).reversed());
                this.bands = sorted;
            }
        }

        private String gradeOf(List<GradeBand> scheme, BigDecimal score) {
            for (GradeBand band : scheme) {
                if (score.compareTo(band.min()) >= 0) {
                    return band.grade();
                }
            }
            return null;
        }

        /** The grade a score deserves under the stated bands (the printed one where that cannot be said). */
        String deserved(BigDecimal score, String printedGrade) {
            String printed = GradeWords.normalize(printedGrade);
            if (bands.isEmpty()) {
                return printed;
            }
            String expected = gradeOf(bands, score);
            return expected == null ? printed : expected;
        }

        void check(BigDecimal score, String printedGrade, Location location, Quote quote, String what) {
            String grade = GradeWords.normalize(printedGrade);
            if (!bands.isEmpty()) {
                if (bands.stream().noneMatch(band -> band.grade().equals(grade))) {
                    unread.add(new RecoveredReport.Unread(quote, "等级“" + grade + "”不在报告所述等级标准中，未核对"));
                    return;
                }
                if (!stated.boundariesCertain() && bands.stream().anyMatch(band -> band.min().compareTo(score) == 0)) {
                    unread.add(new RecoveredReport.Unread(quote, what + " " + score.toPlainString() + " 分恰在等级分界上，报告未写明分界分数归哪一档，未核对等级"));
                    return;
                }
                String expected = gradeOf(bands, score);
                if (expected == null) {
                    unread.add(new RecoveredReport.Unread(quote, what + " " + score.toPlainString() + " 分不在报告所述任何等级的分数范围内，未核对等级"));
                    return;
                }
                if (!expected.equals(grade)) {
                    findings.add(new Finding(location.item() != null && location.item().equals("综合得分") ? "GRADE" : "ROW_GRADE", Severity.ERROR, location, printedGrade,
                            expected, "等级 = 得分所在档次（" + describe(bands) + "）",
                            what + " " + score.toPlainString() + " 分按报告自述的等级标准（" + stated.quote().where().describe() + "）应为“" + expected
                                    + "”，报告写作“" + printedGrade + "”", quote.text()));
                }
                return;
            }
            String expected;
            boolean plausible;
            if (grade.equals("合格") || grade.equals("不合格")) {
                expected = score.compareTo(BigDecimal.valueOf(60)) >= 0 ? "合格" : "不合格";
                plausible = false;
            } else {
                expected = GradeScheme.standard().gradeOf(score);
                plausible = switch (grade) {
                    case "优" -> score.compareTo(BigDecimal.valueOf(80)) >= 0;
                    case "良" -> score.compareTo(BigDecimal.valueOf(70)) >= 0 && score.compareTo(BigDecimal.valueOf(95)) < 0;
                    case "中" -> score.compareTo(BigDecimal.valueOf(50)) >= 0 && score.compareTo(BigDecimal.valueOf(85)) < 0;
                    case "差" -> score.compareTo(BigDecimal.valueOf(70)) < 0;
                    default -> true;
                };
            }
            if (expected.equals(grade)) {
                return;
            }
            String code = location.item() != null && location.item().equals("综合得分") ? "GRADE" : "ROW_GRADE";
            if (plausible) {
                findings.add(new Finding(code, Severity.WARNING, location, printedGrade, expected, "等级 = 得分所在档次（默认：优 ≥ 90，良 ≥ 80，中 ≥ 60）",
                        what + " " + score.toPlainString() + " 分按默认等级标准应为“" + expected + "”，报告写作“" + printedGrade + "”；报告未写明等级标准，请核对其采用的标准",
                        quote.text()));
            } else {
                findings.add(new Finding(code, Severity.ERROR, location, printedGrade, expected, "等级 = 得分所在档次",
                        what + " " + score.toPlainString() + " 分不可能为“" + grade + "”（按默认等级标准应为“" + expected + "”）", quote.text()));
            }
        }

        private static String describe(List<GradeBand> bands) {
            StringBuilder text = new StringBuilder();
            for (GradeBand band : bands) {
                text.append(text.length() > 0 ? "，" : "").append(band.grade()).append(" ≥ ").append(band.min().stripTrailingZeros().toPlainString());
            }
            return text.toString();
        }
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

    /**
     * A sum of printed figures, with the precision of its terms: {@code direct} sums the children as printed (a child
     * without a printed figure counts with its own children's), otherwise the leaves.
     */
    record Sum(BigDecimal value, int finest, int coarsest, int terms) {
        static Sum of(List<RecoveredNode> nodes, boolean weights, boolean direct) {
            BigDecimal total = BigDecimal.ZERO;
            int finest = Integer.MIN_VALUE;
            int coarsest = Integer.MAX_VALUE;
            int count = 0;
            List<BigDecimal> values = new ArrayList<>();
            for (RecoveredNode node : nodes) {
                if (!collect(node, weights, direct, values)) {
                    return null;
                }
            }
            if (values.isEmpty()) {
                return null;
            }
            for (BigDecimal value : values) {
                total = total.add(value);
                finest = Math.max(finest, value.scale());
                coarsest = Math.min(coarsest, value.scale());
                count++;
            }
            return new Sum(total, finest, coarsest, count);
        }

        private static boolean collect(RecoveredNode node, boolean weights, boolean direct, List<BigDecimal> into) {
            BigDecimal own = weights ? node.weight() : node.score();
            if (node.isLeaf() || (direct && own != null)) {
                if (own == null) {
                    return false;
                }
                into.add(own);
                return true;
            }
            for (RecoveredNode child : node.children()) {
                if (!collect(child, weights, direct, into)) {
                    return false;
                }
            }
            return true;
        }

        static BigDecimal leaves(RecoveredNode node, boolean weights) {
            Sum sum = of(List.of(node), weights, false);
            return sum == null ? null : sum.value();
        }

        /**
         * The printed figure against this sum, at the finer of the two precisions. Terms printed coarser than the figure
         * (whole points under a figure with decimals) may each be off by half their unit.
         */
        Tolerance.Match match(BigDecimal printed) {
            BigDecimal difference = printed.subtract(value).abs();
            // only when every term is printed coarser ("9", "8", "7" under "24.32"); "5" beside "4.5" is exact, not rounded
            if (finest < printed.scale() && terms > 1) {
                BigDecimal slack = BigDecimal.ONE.movePointLeft(Math.max(coarsest, 0)).multiply(BigDecimal.valueOf(terms))
                        .divide(BigDecimal.valueOf(2), 10, RoundingMode.HALF_UP);
                if (difference.compareTo(slack) <= 0) {
                    return Tolerance.Match.EQUAL;
                }
            }
            int scale = Math.max(Math.max(printed.scale(), finest), 0);
            BigDecimal unit = BigDecimal.ONE.movePointLeft(scale);
            BigDecimal half = unit.divide(BigDecimal.valueOf(2));
            if (difference.compareTo(half) <= 0) {
                return Tolerance.Match.EQUAL;
            }
            return difference.compareTo(unit.add(half)) <= 0 && scale > 0 ? Tolerance.Match.ROUNDING : Tolerance.Match.MISMATCH;
        }
    }

    private static Tolerance.Match worst(Tolerance.Match a, Tolerance.Match b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        // reported only when neither way of adding up agrees: the milder of the two
        return a.ordinal() <= b.ordinal() ? a : b;
    }

    /**
     * A printed total against the sum of its children as printed and against the sum of its leaves: reported only when
     * both disagree, so that one misprinted figure is reported once, where it is printed, not again at every level above.
     */
    private void checkSum(String code, BigDecimal printed, Sum direct, Sum leaves, Location location, Quote quote, String rule, String message) {
        Tolerance.Match byDirect = direct == null ? null : direct.match(printed);
        Tolerance.Match byLeaves = leaves == null ? null : leaves.match(printed);
        Tolerance.Match match = worst(byDirect, byLeaves);
        if (match == null || match == Tolerance.Match.EQUAL) {
            return;
        }
        Sum shown = byDirect == match ? direct : leaves;
        Severity severity = match == Tolerance.Match.ROUNDING ? Severity.INFO : Severity.ERROR;
        int scale = Math.max(2, Math.max(printed.scale(), shown.finest()));
        String expected = shown.value().setScale(scale, RoundingMode.HALF_UP).toPlainString();
        String tail = severity == Severity.INFO ? "（相差在末位一个单位以内，按四舍五入差异处理）" : "";
        findings.add(new Finding(code, severity, location, printed.toPlainString(), expected, rule,
                message + "：报告为 " + printed.toPlainString() + "，复算为 " + expected + tail, quote.text()));
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
                message + "：报告为 " + printed.toPlainString() + "，复算为 " + expected + tail, quote.text()));
    }
}
