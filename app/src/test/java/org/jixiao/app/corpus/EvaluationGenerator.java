package org.jixiao.app.corpus;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Generates the data of one evaluation from its {@link Shape}, deterministically by the shape's seed: an indicator
 * tree of the shape's depth and about its number of leaves, weights summing to 100 and to each parent, scores not above
 * the weights whose total lands in the shape's grade band (at least one point away from any cut-off), and the other
 * figures the report prints.
 */
final class EvaluationGenerator {
    private static final BigDecimal[] UNITS = {new BigDecimal("1"), new BigDecimal("0.5"), new BigDecimal("0.25"), new BigDecimal("0.1"),
            new BigDecimal("0.05"), new BigDecimal("0.01")};

    private final Shape shape;
    private final Random random;

    private EvaluationGenerator(Shape shape) {
        this.shape = shape;
        this.random = new Random(shape.seed());
    }

    static Evaluation generate(Shape shape) {
        return new EvaluationGenerator(shape).generate();
    }

    private Evaluation generate() {
        Bands bands = Bands.of(shape.cutOffs(), shape.longGradeWords(), shape.bandWording());
        String place = pick(Frameworks.PLACES);
        int year = 2021 + random.nextInt(4);
        String subject;
        String title;
        switch (shape.kind()) {
            case DEPARTMENT -> {
                subject = place + pick(Frameworks.DEPARTMENTS);
                title = subject + year + "年度部门整体支出绩效评价报告";
            }
            case PROJECT -> {
                subject = pick(Frameworks.PROJECTS);
                title = place + year + "年度" + subject + "绩效评价报告";
            }
            default -> {
                subject = pick(List.of("乡村振兴衔接资金", "中小企业发展专项资金", "城乡社区治理专项资金", "农业产业发展专项资金", "公共文化服务专项资金"));
                title = place + year + "年度" + subject + "绩效评价报告";
            }
        }
        String agency = pick(List.of("山河会计师事务所有限公司", "明德项目管理咨询有限公司", "正衡资产评估有限公司", "信达工程咨询有限公司"));
        String client = place + "财政局";
        Node root = tree(bands);
        List<Evaluation.Project> projects = shape.projects() ? projects(bands) : List.of();
        List<Evaluation.BudgetRow> budget = budget();
        Evaluation.BudgetRow total = budgetTotal(budget);
        Evaluation.Staff staff = new Evaluation.Staff(15 + random.nextInt(100), 0);
        staff = new Evaluation.Staff(staff.quota(), staff.quota() - 1 - random.nextInt(4));
        BigDecimal last = money(1, 30);
        Evaluation.ThreePublic threePublic = new Evaluation.ThreePublic(Num.two(last.multiply(fraction(0.6, 0.95))), last);
        Evaluation.Funding funding = new Evaluation.Funding(total.full(), Num.two(total.full().multiply(fraction(0.9, 0.99))));
        Evaluation.Survey survey = shape.survey() ? survey() : null;
        return new Evaluation(shape, subject, place, year, title, agency, client, root, bands, projects, budget, total, staff, threePublic,
                funding, survey);
    }

    // ---------------------------------------------------------------- the indicator tree

    private Node tree(Bands bands) {
        for (int attempt = 0; attempt < 2000; attempt++) {
            Node root = shapeOfTree();
            if (root == null) {
                continue;
            }
            weights(root);
            if (scores(root, bands)) {
                texts(root);
                return root;
            }
        }
        throw new IllegalStateException(shape.id() + ": no tree fits the shape");
    }

    /** The structure and names, or null when this draw misses the wanted depth or number of leaves. */
    private Node shapeOfTree() {
        Frameworks.Framework framework = Frameworks.of(shape.kind(), shape.framework());
        int depth = shape.depth();
        int wanted = shape.targetLeaves();
        double branching = Math.pow((double) wanted / framework.names().size(), 1.0 / (depth - 1));
        Node root = new Node("R", 0, "合计");
        root.weight = BigDecimal.valueOf(100);
        Names names = new Names();
        for (int i = 0; i < framework.names().size(); i++) {
            Node first = root.add(new Node(String.valueOf(i + 1), 1, framework.names().get(i)));
            first.weight = BigDecimal.valueOf(framework.weights().get(i));
            List<String> seconds = new ArrayList<>(Frameworks.SECOND.get(first.name));
            int count = Math.min(seconds.size(), children(branching));
            for (int j = 0; j < count; j++) {
                Node second = first.add(new Node(first.id + "." + (j + 1), 2, seconds.get(j)));
                grow(second, depth, branching, names, null);
            }
        }
        int leaves = root.leaves().size();
        boolean mixed = root.leaves().stream().anyMatch(leaf -> leaf.level < depth);
        if (root.depth() != depth || leaves < Math.max(20, wanted * 0.8) || leaves > Math.min(120, wanted * 1.2) || mixed != shape.mixedDepth()) {
            return null;
        }
        return root;
    }

    private void grow(Node node, int depth, double branching, Names names, String topic) {
        if (node.level >= depth) {
            return;
        }
        if (shape.mixedDepth() && node.level >= 2 && random.nextDouble() < 0.18) {
            return;
        }
        int count = children(branching);
        for (int k = 0; k < count; k++) {
            int level = node.level + 1;
            String id = node.id + "." + (k + 1);
            boolean leaf = level >= depth || shape.mixedDepth() && level >= 3 && random.nextDouble() < 0.18;
            if (leaf) {
                node.add(new Node(id, level, topic == null ? names.anyLeaf() : names.leaf(topic)));
            } else if (topic == null) {
                String own = names.topic();
                Node child = node.add(new Node(id, level, own + Frameworks.AREAS.get(random.nextInt(Frameworks.AREAS.size()))));
                grow(child, depth, branching, names, own);
            } else {
                Node child = node.add(new Node(id, level, topic + Frameworks.ASPECTS.get(k % Frameworks.ASPECTS.size())));
                grow(child, depth, branching, names, topic);
            }
        }
    }

    private int children(double branching) {
        return Math.max(2, (int) Math.round(branching * (0.6 + 0.8 * random.nextDouble())));
    }

    /** Unique indicator names from topics × measures. */
    private final class Names {
        private final List<String> topics = new ArrayList<>(Frameworks.TOPICS);
        private final Set<String> used = new LinkedHashSet<>();

        Names() {
            Collections.shuffle(topics, random);
        }

        String topic() {
            return topics.remove(topics.size() - 1);
        }

        String leaf(String topic) {
            List<String> measures = new ArrayList<>(Frameworks.MEASURES);
            Collections.shuffle(measures, random);
            for (String measure : measures) {
                if (used.add(topic + measure)) {
                    return topic + measure;
                }
            }
            throw new IllegalStateException("topic " + topic + " used up");
        }

        String anyLeaf() {
            for (int tries = 0; tries < 10_000; tries++) {
                String name = Frameworks.TOPICS.get(random.nextInt(Frameworks.TOPICS.size()))
                        + Frameworks.MEASURES.get(random.nextInt(Frameworks.MEASURES.size()));
                if (used.add(name)) {
                    return name;
                }
            }
            throw new IllegalStateException("names used up");
        }
    }

    /** Splits every parent's weight among its children: whole points where there is room, else halves, quarters … */
    private void weights(Node node) {
        if (node.isLeaf()) {
            return;
        }
        int k = node.children.size();
        if (node.level >= 1) {
            BigDecimal unit = null;
            for (BigDecimal candidate : UNITS) {
                BigDecimal[] units = node.weight.divideAndRemainder(candidate);
                if (units[1].signum() == 0 && units[0].intValue() >= k * (candidate.compareTo(BigDecimal.ONE) == 0 ? 2 : 3)
                        && !(candidate.compareTo(BigDecimal.ONE) == 0 && random.nextDouble() < 0.2)) {
                    unit = candidate;
                    break;
                }
            }
            if (unit == null) {
                unit = UNITS[UNITS.length - 1];
            }
            int total = node.weight.divide(unit, 0, RoundingMode.UNNECESSARY).intValueExact();
            int[] parts = compose(total, k);
            for (int i = 0; i < k; i++) {
                node.children.get(i).weight = Num.two(unit.multiply(BigDecimal.valueOf(parts[i])));
            }
        }
        for (Node child : node.children) {
            child.weight = Num.two(child.weight);
            weights(child);
        }
    }

    /** {@code total} units into {@code k} positive parts, unevenly. */
    private int[] compose(int total, int k) {
        double[] shares = new double[k];
        double sum = 0;
        for (int i = 0; i < k; i++) {
            shares[i] = 0.5 + random.nextDouble();
            sum += shares[i];
        }
        int[] parts = new int[k];
        int given = 0;
        for (int i = 0; i < k; i++) {
            parts[i] = 1 + (int) Math.floor((total - k) * shares[i] / sum);
            given += parts[i];
        }
        for (int i = 0; given < total; i = (i + 1) % k) {
            parts[i]++;
            given++;
        }
        return parts;
    }

    /** Leaf scores with deductions landing the total in the wanted band; false when the draw lands near a cut-off. */
    private boolean scores(Node root, Bands bands) {
        double[] range = switch (shape.targetBand()) {
            case 0 -> new double[] {bands.excellent() + 1.5, 98.5};
            case 1 -> new double[] {bands.good() + 1.5, bands.excellent() - 2.5};
            case 2 -> new double[] {bands.pass() + 1.5, bands.good() - 2.5};
            default -> new double[] {45, bands.pass() - 2.5};
        };
        double target = range[0] + random.nextDouble() * (range[1] - range[0]);
        double deficit = 100 - target;
        List<Node> leaves = root.leaves();
        List<Node> deducted = new ArrayList<>();
        for (Node leaf : leaves) {
            if (random.nextDouble() < Math.min(0.9, 0.3 + deficit / 60)) {
                deducted.add(leaf);
            }
        }
        if (deducted.isEmpty()) {
            deducted.add(leaves.get(0));
        }
        double capacity = deducted.stream().mapToDouble(leaf -> leaf.weight.doubleValue()).sum();
        double ratio = Math.min(0.95, deficit / capacity);
        for (Node leaf : leaves) {
            leaf.score = leaf.weight;
            if (deducted.contains(leaf)) {
                double share = Math.min(1.0, ratio * (0.4 + 1.2 * random.nextDouble()));
                BigDecimal deduction = BigDecimal.valueOf(leaf.weight.doubleValue() * share);
                deduction = random.nextBoolean() ? deduction.setScale(1, RoundingMode.HALF_UP) : Num.two(deduction);
                leaf.score = Num.two(leaf.weight.subtract(deduction).max(BigDecimal.ZERO).min(leaf.weight));
            }
        }
        root.recomputeScores();
        return bands.margin(root.score).compareTo(BigDecimal.ONE) >= 0 && bands.grade(root.score).equals(bands.words().get(shape.targetBand()))
                && root.score.compareTo(new BigDecimal("99")) < 0;
    }

    private void texts(Node root) {
        List<String> criteria = List.of("按要求完成得满分，未完成的按完成比例得分", "资料齐全、程序规范得满分，发现一处问题扣减相应分值", "全部达到标准得满分，否则酌情扣分",
                "按实际完成情况与年度目标比较计分", "制度健全且执行到位得满分，否则按问题数量扣分");
        List<String> explanations = List.of("反映相关工作的完成程度", "考察资金使用和管理的规范程度", "反映工作任务按计划完成的情况", "考察相关制度的建立和执行情况",
                "反映服务对象对工作的认可程度");
        List<String> remarks = List.of("佐证资料不完整，酌情扣分", "按评分标准得满分", "部分任务未按期完成", "未发现问题，不扣分", "个别事项程序不够规范");
        for (Node node : root.preorder()) {
            if (node.isLeaf()) {
                List<String> bank = "评分标准".equals(shape.textHeader()) ? criteria : "指标解释".equals(shape.textHeader()) ? explanations : remarks;
                node.text = "扣分说明".equals(shape.textHeader()) && node.score.compareTo(node.weight) == 0 ? "按评分标准得满分"
                        : "扣分说明".equals(shape.textHeader()) ? bank.get(random.nextInt(bank.size())).replace("按评分标准得满分", "酌情扣分")
                        .replace("未发现问题，不扣分", "资料不够规范，酌情扣分") : bank.get(random.nextInt(bank.size()));
            }
        }
    }

    // ---------------------------------------------------------------- the other figures

    private List<Evaluation.Project> projects(Bands bands) {
        List<String> names = new ArrayList<>(Frameworks.PROJECTS);
        Collections.shuffle(names, random);
        int count = 4 + random.nextInt(5);
        for (int attempt = 0; attempt < 1000; attempt++) {
            List<Evaluation.Project> projects = new ArrayList<>();
            Set<String> grades = new LinkedHashSet<>();
            for (int i = 0; i < count; i++) {
                BigDecimal budget = money(30, 3000);
                BigDecimal executed = Num.two(budget.multiply(fraction(0.55, 1.0)));
                BigDecimal score = BigDecimal.valueOf(5000 + random.nextInt(4800), 2);
                if (bands.margin(score).compareTo(BigDecimal.ONE) < 0) {
                    score = score.add(new BigDecimal("2.5"));
                }
                if (bands.margin(score).compareTo(BigDecimal.ONE) < 0 || score.compareTo(new BigDecimal("99")) > 0) {
                    i--;
                    continue;
                }
                grades.add(bands.grade(score));
                projects.add(new Evaluation.Project(names.get(i), budget, executed, score));
            }
            if (grades.size() >= 3) {
                return projects;
            }
        }
        throw new IllegalStateException("no project mix");
    }

    private List<Evaluation.BudgetRow> budget() {
        List<Evaluation.BudgetRow> rows = new ArrayList<>();
        if (shape.kind() == Shape.Kind.DEPARTMENT) {
            Evaluation.BudgetRow staff = row("人员经费", money(300, 3000), 1.0, 1.08, true);
            Evaluation.BudgetRow office = row("公用经费", money(20, 200), 1.0, 1.1, true);
            rows.add(new Evaluation.BudgetRow("基本支出", staff.initial().add(office.initial()), staff.full().add(office.full()),
                    staff.actual().add(office.actual()), false));
            rows.add(staff);
            rows.add(office);
            rows.add(row("项目支出", money(500, 15000), 1.0, 1.35, false));
        } else {
            rows.add(row("省级资金", money(100, 3000), 1.0, 1.2, false));
            rows.add(row("市级资金", money(50, 1500), 1.0, 1.2, false));
            rows.add(row("县级资金", money(20, 800), 1.0, 1.3, false));
        }
        return rows;
    }

    private Evaluation.BudgetRow row(String label, BigDecimal initial, double low, double high, boolean part) {
        BigDecimal full = Num.two(initial.multiply(fraction(low, high)));
        BigDecimal actual = Num.two(full.multiply(fraction(0.85, 0.995)));
        return new Evaluation.BudgetRow(label, initial, full, actual, part);
    }

    private static Evaluation.BudgetRow budgetTotal(List<Evaluation.BudgetRow> rows) {
        BigDecimal initial = BigDecimal.ZERO, full = BigDecimal.ZERO, actual = BigDecimal.ZERO;
        for (Evaluation.BudgetRow row : rows) {
            if (!row.part()) {
                initial = initial.add(row.initial());
                full = full.add(row.full());
                actual = actual.add(row.actual());
            }
        }
        return new Evaluation.BudgetRow("合计", initial, full, actual, false);
    }

    private Evaluation.Survey survey() {
        for (int attempt = 0; attempt < 10_000; attempt++) {
            int valid = 120 + random.nextInt(480);
            int veryGood = (int) (valid * (0.35 + 0.3 * random.nextDouble()));
            int good = (int) ((valid - veryGood) * (0.4 + 0.4 * random.nextDouble()));
            int fair = (int) ((valid - veryGood - good) * (0.5 + 0.4 * random.nextDouble()));
            int poor = valid - veryGood - good - fair;
            List<Integer> counts = List.of(veryGood, good, fair, poor);
            BigDecimal shares = BigDecimal.ZERO;
            for (int count : counts) {
                shares = shares.add(Num.rate(BigDecimal.valueOf(count), BigDecimal.valueOf(valid)));
            }
            if (poor > 0 && shares.compareTo(Num.HUNDRED) == 0) {
                return new Evaluation.Survey(valid + random.nextInt(30), counts);
            }
        }
        throw new IllegalStateException("no survey");
    }

    private BigDecimal money(int low, int high) {
        return BigDecimal.valueOf(low * 100L + (long) random.nextInt((high - low) * 100), 2);
    }

    private BigDecimal fraction(double low, double high) {
        return BigDecimal.valueOf(low + (high - low) * random.nextDouble());
    }

    private <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }
}
