package org.jixiao.app.corpus;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.jixiao.app.corpus.Printed.Fig;
import org.jixiao.app.corpus.Printed.Src;

/**
 * Changes a {@link Printed} copy the way a real report goes wrong, one check kind at a time, and returns the truth
 * row: which figure was changed and a regular expression that finds any correct finding about it — the wrong figure
 * itself, or the figures a finding may quote instead (a parent's sum recomputed over the changed child …). Every new
 * figure is chosen so that it is printed nowhere else in the document, so that the expression finds nothing else.
 */
final class Injector {
    /** The check kinds; ROUNDING and EQUAL_SHARES are differences that must not be errors ("allow" rows). */
    enum Kind {
        TREE_SCORE, TREE_WEIGHT, WEIGHT_TOTAL, RATE, SCORE_RANGE, TABLE_TOTAL, TOTAL, GRADE, ROW_GRADE, COUNT, FORMULA, RATIO, TABLE_SUM, SURVEY,
        SAME_FIGURE, ROUNDING, EQUAL_SHARES;

        boolean wanted() {
            return this != ROUNDING && this != EQUAL_SHARES;
        }

        /** Kinds of one area are not injected together into one copy: their findings would quote each other's figures. */
        String area() {
            return switch (this) {
                case TOTAL, GRADE -> "stated";
                case ROW_GRADE, COUNT -> "projects";
                case RATIO, TABLE_SUM -> "budget";
                case SURVEY -> "survey";
                default -> "tree";
            };
        }
    }

    record Truth(Kind kind, String description, String regex) {
        boolean find() {
            return kind.wanted();
        }
    }

    private static final BigDecimal CENT = new BigDecimal("0.01");

    private final Printed p;
    private final Random random;
    /** One rounded 合计 or parent row per copy: two of them would differ from each other by two units. */
    private boolean roundedRow;
    private final Set<BigDecimal> taken;

    /** @param taken every number printed in the document before the change (values, trailing zeros stripped) */
    Injector(Printed printed, Random random, Set<BigDecimal> taken) {
        this.p = printed;
        this.random = random;
        this.taken = taken;
    }

    /** Injects one error (or allowed difference) of that kind, or returns null when the document has no place for it. */
    Truth inject(Kind kind) {
        for (int attempt = 0; attempt < 60; attempt++) {
            Truth truth = switch (kind) {
                case TREE_SCORE -> treeScore();
                case TREE_WEIGHT -> treeWeight();
                case WEIGHT_TOTAL -> weightTotal();
                case RATE -> rate();
                case SCORE_RANGE -> scoreRange();
                case TABLE_TOTAL -> tableTotal();
                case TOTAL -> total();
                case GRADE -> grade();
                case ROW_GRADE -> rowGrade();
                case COUNT -> count();
                case FORMULA -> formula();
                case RATIO -> ratio();
                case TABLE_SUM -> tableSum();
                case SURVEY -> survey();
                case SAME_FIGURE -> sameFigure();
                case ROUNDING -> rounding();
                case EQUAL_SHARES -> equalShares();
            };
            if (truth == NOT_HERE) {
                return null;
            }
            if (truth != RETRY) {
                return truth;
            }
        }
        return null;
    }

    /** This draw did not fit (a figure not unique, a grade moved …): draw again. */
    private static final Truth RETRY = new Truth(Kind.ROUNDING, "retry", "");
    /** The document has no place for this kind. */
    private static final Truth NOT_HERE = null;

    // ---------------------------------------------------------------- the tree

    private List<Node> leaves(Predicate<Node> filter) {
        return p.tree(Src.MAIN).leaves().stream().filter(leaf -> leaf.level >= 2).filter(filter).toList();
    }

    private Truth treeScore() {
        List<Node> leaves = leaves(leaf -> leaf.weight.compareTo(BigDecimal.ONE) >= 0);
        if (leaves.isEmpty()) {
            return NOT_HERE;
        }
        Node leaf = pick(leaves);
        BigDecimal old = leaf.score;
        BigDecimal changed = fresh(() -> Num.two(leaf.weight.multiply(BigDecimal.valueOf(random.nextDouble()))),
                v -> v.subtract(old).abs().compareTo(new BigDecimal("0.3").max(leaf.weight.divide(BigDecimal.TEN))) >= 0);
        if (changed == null) {
            return retry();
        }
        BigDecimal delta = changed.subtract(old);
        List<String> alternatives = new ArrayList<>(List.of(Num.rx(changed)));
        for (Node up : leaf.ancestors()) {
            BigDecimal sum = up.score.add(delta);
            if (!fresh(sum)) {
                return retry();
            }
            alternatives.add(Num.rx(sum));
        }
        forEachCopy(leaf, node -> node.score = changed);
        claim(changed);
        return new Truth(Kind.TREE_SCORE, "TREE_SCORE: " + path(leaf) + " 得分 " + Num.fixed(old) + " 改为 " + Num.fixed(changed) + "，上级得分未改",
                String.join("|", alternatives));
    }

    private Truth treeWeight() {
        List<Node> leaves = leaves(leaf -> leaf.weight.compareTo(BigDecimal.ONE) >= 0);
        if (leaves.isEmpty()) {
            return NOT_HERE;
        }
        Node leaf = pick(leaves);
        BigDecimal old = leaf.weight;
        BigDecimal changed = fresh(() -> old.add(BigDecimal.valueOf(2 + random.nextInt(4)).multiply(BigDecimal.valueOf(random.nextBoolean() ? 1 : -1))),
                v -> v.compareTo(leaf.score) > 0 && v.signum() > 0);
        if (changed == null) {
            return retry();
        }
        BigDecimal delta = changed.subtract(old);
        List<String> alternatives = new ArrayList<>(List.of(Num.rx(changed)));
        for (Node up : leaf.ancestors()) {
            BigDecimal sum = up.weight.add(delta);
            if (!fresh(sum)) {
                return retry();
            }
            alternatives.add(Num.rx(sum));
        }
        forEachCopy(leaf, node -> node.weight = changed);
        claim(changed);
        return new Truth(Kind.TREE_WEIGHT, "TREE_WEIGHT: " + path(leaf) + " 分值 " + Num.fixed(old) + " 改为 " + Num.fixed(changed) + "，上级分值未改",
                String.join("|", alternatives));
    }

    /** A leaf's weight raised and every parent's with it: the tree adds up, the 一级 weights do not make 100. */
    private Truth weightTotal() {
        List<Node> leaves = leaves(leaf -> true);
        Node leaf = pick(leaves);
        BigDecimal delta = BigDecimal.valueOf(2 + random.nextInt(4));
        List<String> alternatives = new ArrayList<>();
        List<BigDecimal> values = new ArrayList<>();
        values.add(leaf.weight.add(delta));
        for (Node up : leaf.ancestors()) {
            values.add(up.weight.add(delta));
        }
        for (BigDecimal value : values.subList(values.size() - 2, values.size())) {
            if (!fresh(value)) {
                return retry();
            }
        }
        for (BigDecimal value : values) {
            alternatives.add(Num.rx(value));
        }
        for (Src src : p.trees.keySet()) {
            Node node = p.node(src, leaf.id);
            node.weight = node.weight.add(delta);
            for (Node up : node.ancestors()) {
                up.weight = up.weight.add(delta);
            }
        }
        claim(values.toArray(BigDecimal[]::new));
        Node first = leaf.ancestorAt(1);
        return new Truth(Kind.WEIGHT_TOTAL, "WEIGHT_TOTAL: " + path(leaf) + " 分值增加 " + Num.trim(delta) + "，上级随之增加，一级指标" + first.name + "分值 "
                + Num.trim(first.weight.subtract(delta)) + " 改为 " + Num.trim(first.weight) + "，一级指标分值合计 " + Num.trim(values.get(values.size() - 1)),
                String.join("|", alternatives));
    }

    private Truth rate() {
        if (p.shape.rateHeader() == null) {
            return NOT_HERE;
        }
        List<Node> nodes = p.tree(Src.MAIN).preorder().stream().filter(node -> node.level >= 1 && p.prints(Src.MAIN, node).contains(Fig.R))
                .filter(node -> p.prints(Src.FORMULA, node).isEmpty()).toList();
        if (nodes.isEmpty()) {
            return NOT_HERE;
        }
        Node node = pick(nodes);
        BigDecimal old = p.value(Src.MAIN, node, Fig.R);
        BigDecimal changed = fresh(() -> Num.two(old.subtract(BigDecimal.valueOf(3 + random.nextDouble() * 20))),
                v -> v.signum() > 0 && v.compareTo(Num.HUNDRED) < 0);
        if (changed == null) {
            return retry();
        }
        for (Src src : List.of(Src.MAIN, Src.ANNEX, Src.SUMMARY)) {
            if (p.prints(src, node).contains(Fig.R)) {
                p.overrides.put(p.key(src, p.node(src, node.id), Fig.R), changed);
            }
        }
        claim(changed);
        return new Truth(Kind.RATE, "RATE: " + path(node) + " 得分率 " + Num.fixed(old) + "% 改为 " + Num.fixed(changed) + "%", Num.rx(changed));
    }

    /** A leaf scored above its weight, the parents' scores raised with it (the tree adds up, the total and grade follow). */
    private Truth scoreRange() {
        List<Node> leaves = leaves(leaf -> leaf.weight.compareTo(new BigDecimal("0.5")) >= 0);
        Node leaf = pick(leaves);
        BigDecimal changed = fresh(() -> Num.two(leaf.weight.add(BigDecimal.valueOf(0.3 + random.nextDouble() * Math.min(2, leaf.weight.doubleValue())))),
                v -> true);
        if (changed == null) {
            return retry();
        }
        BigDecimal delta = changed.subtract(leaf.score);
        BigDecimal total = p.tree(Src.MAIN).score.add(delta);
        Bands bands = p.ev.bands();
        if (bands.margin(total).compareTo(BigDecimal.ONE) < 0 || !bands.grade(total).equals(bands.grade(p.tree(Src.MAIN).score))
                || p.statedTotal != null) {
            return retry();
        }
        List<String> alternatives = new ArrayList<>(List.of(Num.rx(changed), Num.rx(Num.rate(changed, leaf.weight))));
        for (Node up : leaf.ancestors()) {
            if (up.level > 0 && up.score.add(delta).compareTo(up.weight) > 0) {
                alternatives.add(Num.rx(up.score.add(delta)));
            }
        }
        for (Src src : p.trees.keySet()) {
            Node node = p.node(src, leaf.id);
            node.score = node.score.add(delta);
            for (Node up : node.ancestors()) {
                up.score = up.score.add(delta);
            }
        }
        claim(changed);
        return new Truth(Kind.SCORE_RANGE, "SCORE_RANGE: " + path(leaf) + " 分值 " + Num.fixed(leaf.weight) + "，得分 " + Num.fixed(changed)
                + "（上级得分随之增加，综合得分 " + Num.fixed(total) + "）", String.join("|", alternatives));
    }

    /** A 合计 or 小计 row whose score is not the sum of the rows it closes (its 得分率 follows the wrong score). */
    private Truth tableTotal() {
        record Row(Src src, Node node) {}
        List<Row> rows = new ArrayList<>();
        for (Src src : List.of(Src.MAIN, Src.ANNEX, Src.SUMMARY)) {
            if (!p.has(src)) {
                continue;
            }
            if (p.hasTotalRow(src)) {
                rows.add(new Row(src, p.tree(src)));
            }
            if (p.hasSubtotalRow(src)) {
                for (Node first : p.tree(src).children) {
                    rows.add(new Row(src, first));
                }
            }
        }
        if (rows.isEmpty()) {
            return NOT_HERE;
        }
        Row row = pick(rows);
        BigDecimal old = p.value(row.src(), row.node(), Fig.S);
        BigDecimal changed = fresh(() -> Num.two(old.add(BigDecimal.valueOf((0.5 + random.nextDouble() * 4) * (random.nextBoolean() ? 1 : -1)))),
                v -> v.signum() > 0 && v.compareTo(row.node().weight) <= 0);
        if (changed == null) {
            return retry();
        }
        List<String> alternatives = new ArrayList<>(List.of(Num.rx(changed), Num.rx(Num.rate(changed, row.node().weight))));
        if (row.node().level == 1) {
            BigDecimal sum = p.tree(row.src()).score.add(changed.subtract(old));
            if (!fresh(sum)) {
                return retry();
            }
            alternatives.add(Num.rx(sum));
        }
        p.overrides.put(p.key(row.src(), row.node(), Fig.S), changed);
        claim(changed);
        String label = row.node().level == 0 ? "合计行" : row.node().name + " 小计行";
        return new Truth(Kind.TABLE_TOTAL, "TABLE_TOTAL: " + place(row.src()) + label + " 得分 " + Num.fixed(old) + " 改为 " + Num.fixed(changed),
                String.join("|", alternatives));
    }

    private static String place(Src src) {
        return switch (src) {
            case MAIN -> "得分表";
            case ANNEX -> "附件评分表";
            case SUMMARY -> "一级指标汇总表";
            case FORMULA -> "格式化语句";
            case SYSTEM -> "指标体系说明";
        };
    }

    // ---------------------------------------------------------------- stated total and grade

    private Truth total() {
        if (p.statedTotal != null || p.statedGrade != null) {
            return NOT_HERE;
        }
        BigDecimal old = p.total();
        Bands bands = p.ev.bands();
        BigDecimal changed = fresh(() -> Num.two(old.add(BigDecimal.valueOf((0.5 + random.nextDouble() * 3) * (random.nextBoolean() ? 1 : -1)))),
                v -> bands.grade(v).equals(bands.grade(old)) && bands.margin(v).compareTo(BigDecimal.ONE) >= 0 && v.compareTo(Num.HUNDRED) < 0);
        if (changed == null) {
            return retry();
        }
        p.statedTotal = changed;
        claim(changed);
        return new Truth(Kind.TOTAL, "TOTAL: 报告所述综合得分 " + Num.fixed(changed) + "，各指标得分合计 " + Num.fixed(old), Num.rx(changed));
    }

    private Truth grade() {
        if (p.statedGrade != null || p.statedTotal != null) {
            return NOT_HERE;
        }
        String right = p.grade();
        String wrong = p.ev.bands().neighbour(right);
        p.statedGrade = wrong;
        return new Truth(Kind.GRADE, "GRADE: 综合得分 " + Num.fixed(p.total()) + " 按报告的等级标准为“" + right + "”，报告写作“" + wrong + "”",
                "\"printed\": \"“?" + Num.lit(wrong) + "”?\"|" + Num.loose(Composer.gradePhrase(p)));
    }

    // ---------------------------------------------------------------- projects and counts

    private Truth rowGrade() {
        if (p.projects.isEmpty()) {
            return NOT_HERE;
        }
        Printed.ProjectRow row = pick(p.projects);
        String right = row.grade;
        row.grade = p.ev.bands().neighbour(right);
        return new Truth(Kind.ROW_GRADE, "ROW_GRADE: 项目 " + row.name + " 得分 " + Num.fixed(row.score) + " 应为“" + right + "”，表中写作“" + row.grade + "”",
                Num.loose(row.name) + "|" + Num.loose(p.projectCountTotal() + "个项目中"));
    }

    private Truth count() {
        boolean projects = !p.projects.isEmpty();
        boolean indicators = p.shape.indicatorCount();
        if (!projects && !indicators) {
            return NOT_HERE;
        }
        if (projects && (!indicators || random.nextBoolean())) {
            List<String> grades = new ArrayList<>(p.projectCounts().keySet());
            String grade = pick(grades);
            int old = p.projectCounts().get(grade);
            int changed = old + 1;
            p.projectCountOverride.put(grade, changed);
            String fragment = switch (p.shape.countWording()) {
                case 0 -> changed + "个" + grade;
                case 1 -> "“" + grade + "”的" + changed + "个";
                default -> grades.indexOf(grade) == 0 ? changed + "个项目评价等级为" + grade : changed + "个为" + grade;
            };
            return new Truth(Kind.COUNT, "COUNT: 项目评价等级为“" + grade + "”的有 " + old + " 个，报告写作 " + changed + " 个",
                    Num.loose(fragment) + "|\"printed\": \"" + changed + "\"|" + Num.loose(p.projectCountTotal() + "个项目中"));
        }
        List<Integer> levels = new ArrayList<>(p.indicatorCounts().keySet());
        int level = pick(levels);
        int old = p.indicatorCounts().get(level);
        int changed = old + (random.nextBoolean() || old <= 3 ? 1 + random.nextInt(3) : -1 - random.nextInt(2));
        p.indicatorCountOverride.put(level, changed);
        String[] names = {"", "一级", "二级", "三级", "四级", "五级"};
        return new Truth(Kind.COUNT, "COUNT: " + names[level] + "指标共 " + old + " 个，报告写作 " + changed + " 个",
                Num.loose(names[level] + "指标" + changed + "个") + "|\"printed\": \"" + changed + "\"");
    }

    // ---------------------------------------------------------------- formulaic lines, ratios, data tables, survey

    private Truth formula() {
        if (!p.has(Src.FORMULA)) {
            return NOT_HERE;
        }
        List<Node> nodes = p.tree(Src.FORMULA).preorder().stream().filter(node -> !p.prints(Src.FORMULA, node).isEmpty()).toList();
        Node node = pick(nodes);
        BigDecimal w = p.value(Src.FORMULA, node, Fig.W);
        BigDecimal s = p.value(Src.FORMULA, node, Fig.S);
        BigDecimal r = p.value(Src.FORMULA, node, Fig.R);
        int field = random.nextInt(3);
        BigDecimal changed;
        String what;
        if (field == 0) {
            changed = fresh(() -> w.add(BigDecimal.valueOf(2 + random.nextInt(5))), v -> true);
            what = "分值 " + Num.trim(w) + " 写作 " + Num.trim(changed == null ? w : changed);
            if (changed != null) {
                p.overrides.put(p.key(Src.FORMULA, node, Fig.W), changed);
            }
        } else if (field == 1) {
            BigDecimal step = p.shape.formulaTrimmed() ? new BigDecimal("2") : new BigDecimal("0.5");
            changed = fresh(() -> Num.two(s.subtract(step).subtract(BigDecimal.valueOf(random.nextDouble() * 2))), v -> v.signum() > 0);
            what = "得分 " + Num.trim(s) + " 写作 " + Num.trim(changed == null ? s : changed);
            if (changed != null) {
                p.overrides.put(p.key(Src.FORMULA, node, Fig.S), changed);
            }
        } else {
            changed = fresh(() -> Num.two(r.subtract(BigDecimal.valueOf(3 + random.nextDouble() * 15))), v -> v.signum() > 0);
            what = "得分率 " + Num.trim(r) + "% 写作 " + Num.trim(changed == null ? r : changed) + "%";
            if (changed != null) {
                p.overrides.put(p.key(Src.FORMULA, node, Fig.R), changed);
            }
        }
        if (changed == null) {
            return retry();
        }
        if (field != 2) {
            p.overrides.put(p.key(Src.FORMULA, node, Fig.R), r);
        }
        List<String> alternatives = new ArrayList<>(List.of(Num.rx(changed)));
        if (field != 2 && node.parent != null && !p.prints(Src.FORMULA, node.parent).isEmpty()) {
            Fig fig = field == 0 ? Fig.W : Fig.S;
            BigDecimal old = field == 0 ? w : s;
            alternatives.add(Num.rx(p.value(Src.FORMULA, node.parent, fig).add(changed.subtract(old))));
        }
        claim(changed);
        return new Truth(Kind.FORMULA, "FORMULA: " + path(node) + " 的格式化语句中" + what, String.join("|", alternatives));
    }

    private Truth ratio() {
        List<Printed.Ratio> ratios = p.ratios();
        if (ratios.isEmpty()) {
            return NOT_HERE;
        }
        Printed.Ratio ratio = pick(ratios);
        BigDecimal old = ratio.result();
        BigDecimal changed = fresh(() -> Num.two(old.subtract(BigDecimal.valueOf(2 + random.nextDouble() * 8))), v -> true);
        if (changed == null) {
            return retry();
        }
        p.ratioOverride.put(ratio.key(), changed);
        claim(changed);
        return new Truth(Kind.RATIO, "RATIO: " + ratioName(ratio.key()) + " 应为 " + Num.fixed(old) + "%，报告写作 " + Num.fixed(changed) + "%", Num.rx(changed));
    }

    static String ratioName(String key) {
        return switch (key) {
            case "exec" -> "预算执行率";
            case "staff" -> "在职人员控制率";
            case "office" -> "公用经费控制率";
            case "three" -> "“三公”经费变动率";
            default -> "资金到位率";
        };
    }

    private Truth tableSum() {
        List<String> places = new ArrayList<>();
        if (!p.projects.isEmpty()) {
            places.add("projects");
        }
        if (p.shape.budgetTable()) {
            places.add("budget");
        }
        if (places.isEmpty()) {
            return NOT_HERE;
        }
        String where = pick(places);
        boolean budgetTable = where.equals("budget");
        String column = budgetTable ? pick(List.of("initial", "full", "actual")) : pick(List.of("budget", "executed"));
        BigDecimal old = budgetTable ? p.budgetTotal(column) : column.equals("budget") ? p.projectTotalBudget() : p.projectTotalExecuted();
        BigDecimal changed = fresh(() -> Num.two(old.add(BigDecimal.valueOf((5 + random.nextDouble() * 200) * (random.nextBoolean() ? 1 : -1)))),
                v -> v.signum() > 0);
        if (changed == null) {
            return retry();
        }
        BigDecimal rate;
        if (budgetTable) {
            switch (column) {
                case "initial" -> p.budgetTotalInitial = changed;
                case "full" -> p.budgetTotalFull = changed;
                default -> p.budgetTotalActual = changed;
            }
            rate = Num.rate(p.budgetTotal("actual"), p.budgetTotal("full"));
        } else {
            if (column.equals("budget")) {
                p.projectTotalBudget = changed;
            } else {
                p.projectTotalExecuted = changed;
            }
            rate = Num.rate(p.projectTotalExecuted(), p.projectTotalBudget());
        }
        List<String> alternatives = new ArrayList<>(List.of(Num.rx(changed)));
        if (!column.equals("initial")) {
            alternatives.add(Num.rx(rate));
        }
        claim(changed, rate);
        String name = budgetTable ? "预算执行情况表合计行" + java.util.Map.of("initial", "年初预算", "full", "全年预算", "actual", "实际支出").get(column)
                : "项目评价结果汇总表合计行" + (column.equals("budget") ? "预算数" : "执行数");
        return new Truth(Kind.TABLE_SUM, "TABLE_SUM: " + name + " 应为 " + Num.money(old) + "，报告写作 " + Num.money(changed), String.join("|", alternatives));
    }

    private Truth survey() {
        if (p.ev.survey() == null) {
            return NOT_HERE;
        }
        int variant = random.nextInt(3);
        int valid = p.surveyTableValid();
        if (variant == 0) {
            BigDecimal old = p.satisfaction();
            BigDecimal changed = fresh(() -> Num.two(old.add(BigDecimal.valueOf(2 + random.nextDouble() * 6))), v -> v.compareTo(Num.HUNDRED) < 0);
            if (changed == null) {
                return retry();
            }
            p.surveySatisfaction = changed;
            claim(changed);
            return new Truth(Kind.SURVEY, "SURVEY: 综合满意度应为 " + Num.fixed(old) + "%，报告写作 " + Num.fixed(changed) + "%", Num.rx(changed));
        }
        if (variant == 1) {
            BigDecimal changed = fresh(() -> BigDecimal.valueOf(valid + 3 + random.nextInt(30)), v -> true);
            if (changed == null) {
                return retry();
            }
            BigDecimal recomputed = Num.rate(BigDecimal.valueOf(p.surveyCounts[0] + p.surveyCounts[1]), changed);
            p.surveySentenceValid = changed.intValueExact();
            claim(changed, recomputed);
            return new Truth(Kind.SURVEY, "SURVEY: 有效问卷 " + valid + " 份，报告正文写作 " + changed + " 份", Num.rx(changed) + "|" + Num.rx(recomputed));
        }
        int option = random.nextInt(4);
        BigDecimal old = p.surveyShare(option);
        BigDecimal changed = fresh(() -> Num.two(old.add(BigDecimal.valueOf(2 + random.nextDouble() * 5))), v -> v.compareTo(Num.HUNDRED) < 0);
        if (changed == null) {
            return retry();
        }
        BigDecimal sum = Num.HUNDRED.add(changed.subtract(old));
        p.surveyShareOverride[option] = changed;
        claim(changed, sum);
        return new Truth(Kind.SURVEY, "SURVEY: 满意度调查表“" + Evaluation.Survey.OPTIONS.get(option) + "”占比应为 " + Num.fixed(old) + "%，表中写作 "
                + Num.fixed(changed) + "%", Num.rx(changed) + "|" + Num.rx(sum));
    }

    /** The annex copy (else the 摘要, else the 一级 summary table) prints a figure unlike the body's. */
    private Truth sameFigure() {
        if (p.has(Src.ANNEX)) {
            Node leaf = pick(leaves(l -> l.weight.compareTo(BigDecimal.ONE) >= 0));
            Node annex = p.node(Src.ANNEX, leaf.id);
            BigDecimal old = annex.score;
            BigDecimal changed = fresh(() -> Num.two(leaf.weight.multiply(BigDecimal.valueOf(random.nextDouble()))),
                    v -> v.subtract(old).abs().compareTo(new BigDecimal("0.3")) >= 0);
            if (changed == null) {
                return retry();
            }
            BigDecimal delta = changed.subtract(old);
            List<String> alternatives = new ArrayList<>(List.of(Num.rx(changed), Num.rx(Num.rate(changed, leaf.weight))));
            List<BigDecimal> values = new ArrayList<>(List.of(changed));
            for (Node up : annex.ancestors()) {
                BigDecimal sum = up.score.add(delta);
                if (!fresh(sum)) {
                    return retry();
                }
                values.add(sum);
                alternatives.add(Num.rx(sum));
                if (p.shape.rateHeader() != null) {
                    alternatives.add(Num.rx(Num.rate(sum, up.weight)));
                }
            }
            annex.score = changed;
            for (Node up : annex.ancestors()) {
                up.score = up.score.add(delta);
            }
            claim(values.toArray(BigDecimal[]::new));
            return new Truth(Kind.SAME_FIGURE, "SAME_FIGURE: 附件评分表中 " + path(leaf) + " 得分 " + Num.fixed(changed) + "（正文 " + Num.fixed(old)
                    + "），附件中上级及合计随之改变", String.join("|", alternatives));
        }
        if (p.shape.abstractFigures()) {
            boolean satisfaction = p.ev.survey() != null && random.nextBoolean();
            BigDecimal old = satisfaction ? p.satisfaction() : p.execRate();
            BigDecimal changed = fresh(() -> Num.two(old.subtract(BigDecimal.valueOf(1 + random.nextDouble() * 6))), v -> v.signum() > 0);
            if (changed == null) {
                return retry();
            }
            if (satisfaction) {
                p.abstractSatisfaction = changed;
            } else {
                p.abstractExecRate = changed;
            }
            claim(changed);
            return new Truth(Kind.SAME_FIGURE, "SAME_FIGURE: 摘要中" + (satisfaction ? "综合满意度 " : "预算执行率 ") + Num.fixed(changed) + "%，正文为 " + Num.fixed(old) + "%",
                    Num.rx(changed));
        }
        if (p.has(Src.SUMMARY)) {
            Node first = pick(p.tree(Src.SUMMARY).children);
            BigDecimal old = first.score;
            BigDecimal changed = fresh(() -> Num.two(old.subtract(BigDecimal.valueOf(0.5 + random.nextDouble() * 3))), v -> v.signum() > 0);
            if (changed == null) {
                return retry();
            }
            BigDecimal total = p.tree(Src.SUMMARY).score.add(changed.subtract(old));
            if (!fresh(total)) {
                return retry();
            }
            first.score = changed;
            p.tree(Src.SUMMARY).score = total;
            List<String> alternatives = new ArrayList<>(List.of(Num.rx(changed), Num.rx(total)));
            if (p.shape.rateHeader() != null) {
                alternatives.add(Num.rx(Num.rate(changed, first.weight)));
                alternatives.add(Num.rx(Num.rate(total, p.tree(Src.SUMMARY).weight)));
            }
            claim(changed, total);
            return new Truth(Kind.SAME_FIGURE, "SAME_FIGURE: 一级指标汇总表中" + first.name + "得分 " + Num.fixed(changed) + "（得分表 " + Num.fixed(old)
                    + "），汇总表合计随之改变", String.join("|", alternatives));
        }
        return NOT_HERE;
    }

    // ---------------------------------------------------------------- allowed differences

    /** One unit in the last printed digit: a rate, a ratio, or a parent's score. Never an error. */
    private Truth rounding() {
        int variant = random.nextInt(3);
        BigDecimal unit = random.nextBoolean() ? CENT : CENT.negate();
        if (variant == 0 && p.shape.rateHeader() != null) {
            List<Node> nodes = p.tree(Src.MAIN).preorder().stream().filter(n -> n.level >= 1 && p.prints(Src.MAIN, n).contains(Fig.R))
                    .filter(n -> p.prints(Src.FORMULA, n).isEmpty()).toList();
            Node node = pick(nodes);
            BigDecimal changed = p.value(Src.MAIN, node, Fig.R).add(unit);
            if (!fresh(changed) || changed.compareTo(Num.HUNDRED) > 0) {
                return retry();
            }
            for (Src src : List.of(Src.MAIN, Src.ANNEX, Src.SUMMARY)) {
                if (p.prints(src, node).contains(Fig.R)) {
                    p.overrides.put(p.key(src, p.node(src, node.id), Fig.R), changed);
                }
            }
            claim(changed);
            return new Truth(Kind.ROUNDING, "ROUNDING: " + path(node) + " 得分率 " + Num.fixed(changed) + "% 与复算值相差一个末位单位", Num.rx(changed));
        }
        if (variant == 1 && !p.ratios().isEmpty()) {
            Printed.Ratio ratio = pick(p.ratios());
            BigDecimal changed = ratio.result().add(unit);
            if (!fresh(changed)) {
                return retry();
            }
            p.ratioOverride.put(ratio.key(), changed);
            claim(changed);
            return new Truth(Kind.ROUNDING, "ROUNDING: " + ratioName(ratio.key()) + " " + Num.fixed(changed) + "% 与复算值相差一个末位单位", Num.rx(changed));
        }
        record Row(Src src, Node node) {}
        List<Row> rows = new ArrayList<>();
        for (Src src : List.of(Src.MAIN, Src.ANNEX, Src.SUMMARY)) {
            for (Node node : p.has(src) ? p.tree(src).preorder() : List.<Node>of()) {
                boolean rateShown = p.shape.rateHeader() != null || !p.prints(Src.FORMULA, node).isEmpty();
                boolean total = node.level == 0 && p.hasTotalRow(src);
                if ((total || node.level >= 1 && !node.isLeaf() && !rateShown) && p.prints(src, node).contains(Fig.S)) {
                    rows.add(new Row(src, node));
                }
            }
        }
        if (rows.isEmpty() || roundedRow) {
            return variant == 2 ? NOT_HERE : retry();
        }
        Row row = pick(rows);
        BigDecimal changed = p.value(row.src(), row.node(), Fig.S).add(unit);
        List<String> alternatives = new ArrayList<>(List.of(Num.rx(changed)));
        List<BigDecimal> values = new ArrayList<>(List.of(changed));
        for (Node up : row.node().ancestors()) {
            values.add(p.value(row.src(), up, Fig.S).add(unit));
            alternatives.add(Num.rx(values.get(values.size() - 1)));
        }
        for (BigDecimal value : values) {
            if (!fresh(value)) {
                return retry();
            }
        }
        roundedRow = true;
        p.overrides.put(p.key(row.src(), row.node(), Fig.S), changed);
        claim(values.toArray(BigDecimal[]::new));
        return new Truth(Kind.ROUNDING, "ROUNDING: " + place(row.src()) + path(row.node()) + " 得分 " + Num.fixed(changed) + " 与下级之和相差一个末位单位",
                String.join("|", alternatives));
    }

    /** A parent of W points over n leaves of W ÷ n each, rounded: 10 ÷ 6 = 1.67 six times makes 10.02. A note, not an error. */
    private Truth equalShares() {
        List<Node> parents = new ArrayList<>();
        for (Node node : p.tree(Src.MAIN).preorder()) {
            if (node.level >= 1 && node.children.size() >= 3 && node.children.stream().allMatch(Node::isLeaf)
                    && p.prints(Src.MAIN, node).contains(Fig.W) && (!p.has(Src.ANNEX) || p.prints(Src.ANNEX, node).contains(Fig.W))) {
                BigDecimal share = Num.two(node.weight.divide(BigDecimal.valueOf(node.children.size()), 6, java.math.RoundingMode.HALF_UP));
                BigDecimal sum = share.multiply(BigDecimal.valueOf(node.children.size()));
                if (sum.compareTo(node.weight) != 0 && fresh(share) && fresh(sum)) {
                    parents.add(node);
                }
            }
        }
        if (parents.isEmpty()) {
            return NOT_HERE;
        }
        // where the parent's weight is printed with its decimals the pattern shows (10.00 against 10.02); printed "10" it hides
        // and a gap of two units or more (10.02) is the pattern proper; one unit (9.99) is plain rounding
        List<Node> visible = parents.stream().filter(node -> p.shown(Src.MAIN, node, Fig.W).scale() >= 2).toList();
        List<Node> wide = visible.stream().filter(node -> gap(node).compareTo(new BigDecimal("0.02")) >= 0).toList();
        Node parent = pick(!wide.isEmpty() ? wide : !visible.isEmpty() ? visible : parents);
        int n = parent.children.size();
        BigDecimal share = Num.two(parent.weight.divide(BigDecimal.valueOf(n), 6, java.math.RoundingMode.HALF_UP));
        BigDecimal sum = share.multiply(BigDecimal.valueOf(n));
        List<BigDecimal> scores = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            scores.add(i == 0 || random.nextBoolean() ? Num.two(share.multiply(BigDecimal.valueOf(0.5 + 0.4 * random.nextDouble()))) : share);
        }
        BigDecimal scored = scores.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (scored.compareTo(parent.weight) > 0) {
            return retry();
        }
        BigDecimal delta = scored.subtract(parent.score);
        BigDecimal total = p.tree(Src.MAIN).score.add(delta);
        Bands bands = p.ev.bands();
        if (bands.margin(total).compareTo(BigDecimal.ONE) < 0 || !bands.grade(total).equals(bands.grade(p.tree(Src.MAIN).score))) {
            return retry();
        }
        for (Src src : p.trees.keySet()) {
            Node copy = p.node(src, parent.id);
            for (int i = 0; i < n; i++) {
                copy.children.get(i).weight = share;
                copy.children.get(i).score = scores.get(i);
            }
            copy.score = copy.score.add(delta);
            for (Node up : copy.ancestors()) {
                up.score = up.score.add(delta);
            }
        }
        claim(share, sum);
        return new Truth(Kind.EQUAL_SHARES, "EQUAL_SHARES: " + path(parent) + " 分值 " + Num.trim(parent.weight) + " 平均分给 " + n + " 个下级，各 " + Num.fixed(share)
                + "，合计 " + Num.fixed(sum), Num.rx(share) + "|" + Num.rx(sum));
    }

    // ---------------------------------------------------------------- helpers

    private static BigDecimal gap(Node parent) {
        int n = parent.children.size();
        BigDecimal share = Num.two(parent.weight.divide(BigDecimal.valueOf(n), 6, java.math.RoundingMode.HALF_UP));
        return share.multiply(BigDecimal.valueOf(n)).subtract(parent.weight).abs();
    }

    private Truth retry() {
        return RETRY;
    }

    private <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    private void forEachCopy(Node leaf, java.util.function.Consumer<Node> change) {
        for (Src src : p.trees.keySet()) {
            Node tree = p.tree(src);
            for (Node node : tree.preorder()) {
                if (node.id.equals(leaf.id)) {
                    change.accept(node);
                }
            }
        }
    }

    private boolean fresh(BigDecimal value) {
        return !taken.contains(value.stripTrailingZeros());
    }

    private BigDecimal fresh(Supplier<BigDecimal> candidates, Predicate<BigDecimal> ok) {
        for (int i = 0; i < 200; i++) {
            BigDecimal value = candidates.get();
            if (value.signum() >= 0 && ok.test(value) && fresh(value)) {
                return value;
            }
        }
        return null;
    }

    private void claim(BigDecimal... values) {
        for (BigDecimal value : values) {
            taken.add(value.stripTrailingZeros());
        }
    }

    private static String path(Node node) {
        List<String> names = new ArrayList<>();
        for (Node at = node; at != null && at.level > 0; at = at.parent) {
            names.add(0, at.name);
        }
        return String.join("—", names);
    }
}
