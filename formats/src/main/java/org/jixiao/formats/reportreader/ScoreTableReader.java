package org.jixiao.formats.reportreader;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jixiao.core.review.PrintedNumbers;
import org.jixiao.core.review.Quote;
import org.jixiao.core.review.RecoveredReport.GradedRow;
import org.jixiao.core.review.RecoveredReport.StatedTotal;
import org.jixiao.core.review.RecoveredReport.Unread;
import org.jixiao.formats.reportreader.LogicalTable.Row;
import org.jixiao.formats.reportreader.LogicalTable.Slot;
import org.jixiao.formats.reportreader.TableVocabulary.Role;

/**
 * Reads one table as a score table (评分表, 得分情况表): which columns hold the indicator levels, the 分值, the 得分, the
 * 得分率 and the 等级, checked against the values; then the indicators row by row, whatever the layout — levels in separate
 * columns (merged down, repeated, or left blank below the first row), levels in one column told by their numbering, a
 * weight in the name ("预算管理 (9)"), section rows ("一、决策（20分）"), 小计 and 合计 rows, several rows of 评价要点 under one
 * indicator. A table whose levels cannot be read with certainty is kept as loose rows (each checked alone, never added).
 */
final class ScoreTableReader {
    private static final TableVocabulary WORDS = TableVocabulary.get();
    private static final java.util.regex.Pattern GRADE_WORD = java.util.regex.Pattern.compile(
            "^[“\"]?(优秀|良好|中等|较差|一般|合格|不合格|优|良|中|差|较好|好)[”\"]?(?:等级|级)?$");

    enum Kind { SCORE, GRADED, OTHER }

    /** A 合计 or 小计 row, with the nodes of this table it adds up. */
    record TotalRow(BigDecimal weight, BigDecimal score, BigDecimal rate, Quote quote, List<TableNode> over, boolean subtotal) {}

    static final class Reading {
        final LogicalTable table;
        Kind kind = Kind.OTHER;
        final List<TableNode> top = new ArrayList<>();
        /** True when the table's top nodes are 一级 indicators (a 一级 column, or their weights add up to 100). */
        boolean firstLevel;
        /** True when the levels were read from columns or numbering and the weights confirm them. */
        boolean trusted = true;
        final List<TotalRow> totals = new ArrayList<>();
        final List<GradedRow> graded = new ArrayList<>();
        final List<StatedTotal> statedGrades = new ArrayList<>();
        final List<Unread> unread = new ArrayList<>();
        /** Every node that carries printed values, in table order: the loose rows when the tree is not trusted. */
        final List<TableNode> valued = new ArrayList<>();

        Reading(LogicalTable table) {
            this.table = table;
        }
    }

    /** A column group: the level a 分值/得分/得分率/等级 column belongs to (0 = the deepest indicator of the row). */
    private record Values(int weight, int score, int rate, int grade) {
        static final Values NONE = new Values(-1, -1, -1, -1);
    }

    private final LogicalTable table;
    private final Reading reading;
    private final Role[] roles;
    private final int[] columnLevel;
    private final List<int[]> levelColumns = new ArrayList<>(); // {column, level}
    private final Map<Integer, Values> levelValues = new HashMap<>();
    private Values leafValues = Values.NONE;
    private int textColumn = -1;
    /** The levels stand on indentation alone, which the weights do not fully confirm. */
    private boolean levelsFromIndentation;
    /** The levels were read from the weights alone ({@link WeightTree}). */
    private boolean levelsFromWeights;

    private ScoreTableReader(LogicalTable table) {
        this.table = table;
        this.reading = new Reading(table);
        this.roles = new Role[table.columns];
        this.columnLevel = new int[table.columns];
    }

    static Reading read(LogicalTable table) {
        ScoreTableReader reader = new ScoreTableReader(table);
        reader.classify();
        if (reader.reading.kind == Kind.SCORE) {
            reader.readTree();
        } else if (reader.reading.kind == Kind.GRADED) {
            reader.readGraded();
        }
        return reader.reading;
    }

    // ---- columns ----

    private void classify() {
        if (table.headerRows == 0) {
            return;
        }
        for (int c = 0; c < table.columns; c++) {
            List<String> texts = table.headerTexts(c);
            for (int i = texts.size() - 1; i >= 0 && roles[c] == null; i--) {
                roles[c] = WORDS.roleOf(texts.get(i));
            }
            for (int i = texts.size() - 2; i >= 0; i--) {
                Role upper = WORDS.roleOf(texts.get(i));
                if (upper != null && upper.level() > 0 && roles[c] != null && roles[c].level() == 0) {
                    columnLevel[c] = upper.level();
                }
            }
            if (roles[c] == null) {
                roles[c] = Role.OTHER;
            }
        }
        // a numeric role must hold numbers
        for (int c = 0; c < table.columns; c++) {
            if ((roles[c] == Role.WEIGHT || roles[c] == Role.SCORE || roles[c] == Role.RATE || roles[c] == Role.DEDUCTION)
                    && !mostlyNumbers(c)) {
                roles[c] = Role.TEXT;
            }
        }
        List<Integer> scores = columns(Role.SCORE);
        List<Integer> weights = columns(Role.WEIGHT);
        promoteRateColumns(weights, scores);
        for (int c = 0; c < table.columns; c++) {
            if (roles[c].level() > 0) {
                levelColumns.add(new int[] {c, roles[c].level()});
            }
        }
        if (levelColumns.isEmpty()) {
            List<Integer> names = columns(Role.NAME);
            if (names.isEmpty()) {
                // unlabelled text columns before the first number column
                int firstNumber = firstNumericRole();
                for (int c = 0; c < firstNumber; c++) {
                    if (roles[c] == Role.OTHER && !mostlyNumbers(c)) {
                        names.add(c);
                    }
                }
            }
            if (names.size() > 3) {
                names = names.subList(0, 1);
            }
            for (int i = 0; i < names.size(); i++) {
                levelColumns.add(new int[] {names.get(i), names.size() == 1 ? 0 : i + 1});
            }
        }
        for (int c = 0; c < table.columns; c++) {
            if (roles[c] == Role.TEXT && textColumn < 0) {
                textColumn = c;
            }
        }
        if (levelColumns.isEmpty() || scores.isEmpty()) {
            return;
        }
        if (!columns(Role.GRADE).isEmpty() && weights.isEmpty() && !hasNameWeights()) {
            reading.kind = Kind.GRADED;
            return;
        }
        if (weights.isEmpty() && !hasNameWeights()) {
            return;
        }
        attachValueColumns();
        reading.kind = Kind.SCORE;
    }

    /**
     * A percentage column under another name (完成率, 比例) that is 得分 ÷ 分值 on at least four rows of five is the
     * 得分率: the values decide, not the header word.
     */
    private void promoteRateColumns(List<Integer> weights, List<Integer> scores) {
        if (weights.isEmpty() || scores.isEmpty() || !columns(Role.RATE).isEmpty()) {
            return;
        }
        int weight = weights.get(weights.size() - 1);
        int score = scores.get(scores.size() - 1);
        for (int c = 0; c < table.columns; c++) {
            if (roles[c] != Role.OTHER && roles[c] != Role.TEXT) {
                continue;
            }
            String header = TableVocabulary.key(table.headerLabel(c));
            if (!header.matches(".*(率|比例|百分比|%)$")) {
                continue;
            }
            int compared = 0;
            int agreeing = 0;
            for (Row row : table.body()) {
                BigDecimal w = number(row.text(weight));
                BigDecimal s = number(row.text(score));
                BigDecimal r = number(row.text(c));
                if (w == null || s == null || r == null || w.signum() == 0) {
                    continue;
                }
                compared++;
                BigDecimal rate = s.multiply(BigDecimal.valueOf(100)).divide(w, 6, java.math.RoundingMode.HALF_UP);
                BigDecimal unit = BigDecimal.ONE.movePointLeft(Math.max(r.scale(), 0));
                if (rate.subtract(r).abs().compareTo(unit) <= 0) {
                    agreeing++;
                }
            }
            if (compared >= 3 && agreeing * 5 >= compared * 4) {
                roles[c] = Role.RATE;
                return;
            }
        }
    }

    private List<Integer> columns(Role role) {
        List<Integer> list = new ArrayList<>();
        for (int c = 0; c < table.columns; c++) {
            if (roles[c] == role) {
                list.add(c);
            }
        }
        return list;
    }

    private int firstNumericRole() {
        for (int c = 0; c < table.columns; c++) {
            if (roles[c] == Role.WEIGHT || roles[c] == Role.SCORE || roles[c] == Role.RATE) {
                return c;
            }
        }
        return table.columns;
    }

    private boolean mostlyNumbers(int column) {
        int filled = 0;
        int numbers = 0;
        Object last = null;
        for (Row row : table.body()) {
            Slot slot = row.slot(column);
            if (slot.cell() != null && slot.cell() == last) {
                continue;
            }
            last = slot.cell();
            String text = slot.text().strip();
            if (PrintedNumbers.isEmpty(text)) {
                continue;
            }
            filled++;
            if (number(text) != null) {
                numbers++;
            }
        }
        return numbers > 0 && numbers * 10 >= filled * 7;
    }

    private boolean hasNameWeights() {
        for (int[] level : levelColumns) {
            for (Row row : table.body()) {
                if (Names.weightInName(row.text(level[0])) != null) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Each 分值/得分/得分率/等级 column belongs to the level column on its left when another level column follows it. */
    private void attachValueColumns() {
        int lastLevelColumn = levelColumns.get(levelColumns.size() - 1)[0];
        Map<Integer, int[]> groups = new LinkedHashMap<>(); // level index -> weight, score, rate, grade
        int[] leaf = {-1, -1, -1, -1};
        for (int c = 0; c < table.columns; c++) {
            int slot = switch (roles[c]) {
                case WEIGHT -> 0;
                case SCORE -> 1;
                case RATE -> 2;
                case GRADE -> 3;
                default -> -1;
            };
            if (slot < 0) {
                continue;
            }
            int owner = -1;
            if (columnLevel[c] > 0) {
                for (int i = 0; i < levelColumns.size(); i++) {
                    if (levelColumns.get(i)[1] == columnLevel[c]) {
                        owner = i;
                    }
                }
            } else if (c < lastLevelColumn) {
                for (int i = 0; i < levelColumns.size(); i++) {
                    if (levelColumns.get(i)[0] < c) {
                        owner = i;
                    }
                }
            }
            int[] target = owner >= 0 ? groups.computeIfAbsent(owner, k -> new int[] {-1, -1, -1, -1}) : leaf;
            if (target[slot] < 0 || preferred(c, target[slot], slot)) {
                if (target[slot] >= 0 && slot == 1) {
                    reading.unread.add(new Unread(table.anchorQuote(), table.label() + "：有两列得分（“" + table.headerLabel(target[slot]) + "”和“"
                            + table.headerLabel(c) + "”），按“" + table.headerLabel(preferredOf(c, target[slot])) + "”核对"));
                }
                target[slot] = c;
            }
        }
        groups.forEach((level, values) -> levelValues.put(level, new Values(values[0], values[1], values[2], values[3])));
        leafValues = new Values(leaf[0], leaf[1], leaf[2], leaf[3]);
        if (leafValues.score() < 0 && leafValues.weight() < 0 && !levelValues.isEmpty()) {
            // every value column belongs to a level: the deepest such level is the leaf
            int deepest = levelValues.keySet().stream().mapToInt(Integer::intValue).max().orElse(-1);
            leafValues = levelValues.remove(deepest);
        }
    }

    /** Of two score columns, the evaluator's (评价/复核/最终) over the unit's own (自评). */
    private boolean preferred(int candidate, int current, int slot) {
        return slot == 1 && preferredOf(candidate, current) == candidate;
    }

    private int preferredOf(int candidate, int current) {
        String now = table.headerLabel(current);
        String next = table.headerLabel(candidate);
        boolean nowSelf = now.contains("自评");
        boolean nextFinal = next.contains("复核") || next.contains("评价") || next.contains("最终") || next.contains("专家");
        return nowSelf && nextFinal ? candidate : current;
    }

    // ---- rows ----

    private void readTree() {
        boolean singleColumn = levelColumns.size() == 1 && levelColumns.get(0)[1] == 0;
        if (singleColumn) {
            readSingleColumn();
        } else {
            readLevelColumns();
            splitValueRows();
        }
        for (TableNode node : reading.valued) {
            if (node.parent == null && !reading.top.contains(node) && node.children.isEmpty() && !isDescendantOfTop(node)) {
                reading.top.add(node);
            }
        }
        if (table.inferred) {
            doubtOutOfRangeRows();
        }
        judge();
    }

    /**
     * In a table inferred from plain text, a score above its 分值 more often means a figure of the row next to it (or of
     * another column) came to this one than a misprint: it is believed only when the row's own 得分率 confirms it.
     */
    private void doubtOutOfRangeRows() {
        for (TableNode node : reading.valued) {
            if (doubtful(node.weight, node.score, node.rate)) {
                reading.unread.add(new Unread(node.quote, table.label() + "：“" + node.name + "”读出的得分 " + node.score.toPlainString()
                        + " 大于分值 " + node.weight.toPlainString() + "，表格由纯文本的对齐位置推断，可能错行或错列，本行未核对"));
                node.score = null;
                node.rate = null;
            }
            for (int i = 0; i < node.values.size(); i++) {
                TableNode.Values values = node.values.get(i);
                if (doubtful(values.weight(), values.score(), values.rate())) {
                    node.values.set(i, new TableNode.Values(values.weight(), null, null, values.quote(), values.label(), values.weightCell(), null));
                }
            }
        }
    }

    private static boolean doubtful(BigDecimal weight, BigDecimal score, BigDecimal rate) {
        if (score == null || weight == null || score.compareTo(weight) <= 0 || weight.signum() <= 0) {
            return false;
        }
        BigDecimal computed = score.multiply(BigDecimal.valueOf(100)).divide(weight, 2, java.math.RoundingMode.HALF_UP);
        return rate == null || rate.subtract(computed).abs().compareTo(new BigDecimal("0.02")) > 0;
    }

    private boolean isDescendantOfTop(TableNode node) {
        for (TableNode at = node; at != null; at = at.parent) {
            if (reading.top.contains(at)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the levels read are to be believed: most parents' 分值 must be the sum of their children's. Two or more
     * parents out of four that do not add up mean the levels were misread, not that the document is wrong.
     */
    private void judge() {
        if (hasTwins(reading.top)) {
            // two siblings of one name in one table: rows were split or names cut short, the levels are not what was printed
            reading.trusted = false;
        }
        int[] counts = failingSums();
        int checks = counts[0];
        int fails = counts[1];
        if (fails >= 2 && fails * 4 > checks) {
            reading.trusted = false;
        }
        if (levelsFromIndentation && fails > 0 && fails * 4 > checks) {
            // indentation is a weaker sign than numbering or columns: a relation that fails among few is the reading's
            reading.trusted = false;
        }
        if (reading.trusted && reading.top.size() > 2 && reading.top.stream().allMatch(TableNode::isLeaf)) {
            // a flat reading whose rows add up to several times the table's 合计 is a tree whose levels were not seen
            BigDecimal sum = BigDecimal.ZERO;
            for (TableNode node : reading.top) {
                sum = node.weight == null || sum == null ? null : sum.add(node.weight);
            }
            for (TotalRow total : reading.totals) {
                if (!total.subtotal() && total.weight() != null && sum != null
                        && sum.subtract(total.weight()).abs().compareTo(new BigDecimal("0.011").multiply(BigDecimal.valueOf(reading.top.size()))) > 0) {
                    reading.trusted = false;
                    checks = 1;
                    fails = 1;
                }
            }
        }
        int only = onlyChildren(reading.top);
        if (table.inferred && (levelsFromIndentation || levelsFromWeights) && only > 0) {
            // a parent with one child of its own weight adds up whatever the levels are: with levels read from
            // indentation or from the weights alone it confirms nothing (a leaf taken for the parent of the leaf below it,
            // a parent taken for a leaf beside its own children)
            checks += only;
            fails += only;
        }
        if (table.inferred && fails > 0 && reading.trusted) {
            // cells placed by how plain text lines up: a wrapped name or figure on the wrong row breaks a sum as surely
            // as a misprint does, so a sum that fails here is not the document's error for certain
            reading.trusted = false;
            reading.unread.add(new Unread(table.anchorQuote(), table.label() + "：表格由纯文本的对齐位置推断，其中 " + fails
                    + " 处上下级分值关系不相加，无法确定是报告有误还是读取所致，只逐行核对得分率和得分范围，未核对上下级合计"));
        } else if (!reading.trusted) {
            reading.unread.add(new Unread(table.anchorQuote(), table.label() + "：指标层级无法可靠识别（" + (checks > 0 ? checks + " 处上下级分值关系中有 " + fails
                    + " 处不相加" : "同一指标下有多行分值") + "），只逐行核对得分率和得分范围，未核对上下级合计"));
        }
        BigDecimal top = BigDecimal.ZERO;
        for (TableNode node : reading.top) {
            BigDecimal weight = node.weight != null ? node.weight : node.leafWeight();
            if (weight == null) {
                top = null;
                break;
            }
            top = top.add(weight);
        }
        if (reading.trusted && top != null) {
            // a table whose rows make up a small part of its 合计 (or several times it) is a piece of a table, misread
            for (TotalRow total : reading.totals) {
                if (!total.subtotal() && total.weight() != null && total.weight().signum() > 0) {
                    BigDecimal ratio = top.divide(total.weight(), 4, java.math.RoundingMode.HALF_UP);
                    if (ratio.compareTo(new BigDecimal("0.8")) < 0 || ratio.compareTo(new BigDecimal("1.2")) > 0) {
                        reading.trusted = false;
                        reading.unread.add(new Unread(table.anchorQuote(), table.label() + "：各行分值合计 " + top.toPlainString() + " 与合计行 "
                                + total.weight().toPlainString() + " 相差太大，表格可能未读全，只逐行核对"));
                    }
                }
            }
        }
        boolean levelOne = levelColumns.stream().anyMatch(level -> level[1] == 1);
        reading.firstLevel = levelOne || (top != null && top.compareTo(BigDecimal.valueOf(100)) == 0 && reading.top.size() > 1);
    }

    /**
     * Counts parents with a printed 分值 ({@code [0]}) and those that add up neither over their children nor over their
     * leaves ({@code [1]}): one misprinted weight fails one of the two sums only, a misread level fails both.
     */
    private static void count(TableNode node, int[] counts) {
        if (!node.children.isEmpty() && node.weight != null) {
            BigDecimal direct = BigDecimal.ZERO;
            for (TableNode child : node.children) {
                BigDecimal weight = child.weight != null ? child.weight : child.leafWeight();
                if (weight == null) {
                    direct = null;
                    break;
                }
                direct = direct.add(weight);
            }
            BigDecimal leaves = node.leafWeight();
            if (direct != null) {
                counts[0]++;
                BigDecimal slack = new BigDecimal("0.05");
                boolean directFails = direct.subtract(node.weight).abs().compareTo(slack) > 0;
                boolean leavesFail = leaves == null || leaves.subtract(node.weight).abs().compareTo(slack) > 0;
                if (directFails && leavesFail) {
                    counts[1]++;
                }
            }
        }
        for (TableNode child : node.children) {
            count(child, counts);
        }
    }

    /** The label of a row: the first non-blank name cell, else the first non-blank cell. */
    private String label(Row row) {
        for (int[] level : levelColumns) {
            String text = row.text(level[0]).strip();
            if (!text.isEmpty()) {
                return text;
            }
        }
        for (Slot slot : row.slots()) {
            if (!slot.text().isBlank()) {
                return slot.text().strip();
            }
        }
        return "";
    }

    /** Totals, subtotals, grade rows and notes; true when the row was one of them. */
    private boolean specialRow(Row row, List<TableNode> sinceSubtotal) {
        String label = label(row);
        String first = row.text(0).strip();
        if (WORDS.isNote(label) || WORDS.isNote(first)) {
            return true;
        }
        boolean total = WORDS.isTotal(label) || WORDS.isTotal(first);
        boolean subtotal = !total && (WORDS.isSubtotal(label) || WORDS.isSubtotal(first));
        for (int[] level : levelColumns) {
            // "管理效率（32分） | 小计 | 小计": the word may stand in a deeper name column
            String text = row.text(level[0]);
            subtotal |= !total && WORDS.isSubtotal(text);
            total |= !subtotal && WORDS.isTotal(text) && !text.isBlank() && level[0] != levelColumns.get(0)[0] && isLastName(row, level[0]);
        }
        if (total || subtotal) {
            BigDecimal weight = leafNumber(row, leafValues.weight());
            BigDecimal score = leafNumber(row, leafValues.score());
            BigDecimal rate = leafNumber(row, leafValues.rate());
            if (weight == null || score == null) {
                // a 合计 row may print its figures under the 一级 columns
                for (Values values : levelValues.values()) {
                    weight = weight == null ? leafNumber(row, values.weight()) : weight;
                    score = score == null ? leafNumber(row, values.score()) : score;
                }
            }
            List<TableNode> over = subtotal ? topmost(sinceSubtotal) : null;
            reading.totals.add(new TotalRow(weight, score, rate, table.rowQuote(row), over == null ? List.of() : over, subtotal));
            if (subtotal) {
                sinceSubtotal.clear();
            }
            String grade = gradeIn(row);
            if (total && grade != null) {
                reading.statedGrades.add(new StatedTotal(null, grade, table.rowQuote(row)));
            }
            return true;
        }
        if (WORDS.isGradeRow(label) || WORDS.isGradeRow(first)) {
            String grade = gradeIn(row);
            if (grade != null) {
                reading.statedGrades.add(new StatedTotal(null, grade, table.rowQuote(row)));
            }
            return true;
        }
        return false;
    }

    private static boolean hasTwins(List<TableNode> siblings) {
        java.util.Set<String> keys = new java.util.HashSet<>();
        for (TableNode node : siblings) {
            if (!keys.add(node.key) || hasTwins(node.children)) {
                return true;
            }
        }
        return false;
    }

    /** A name that is only a weight in brackets, or a single character: a piece of a broken row, not an indicator. */
    static boolean isFragment(String text) {
        String stripped = text.strip();
        return stripped.matches("^[（(]?\\s*[\\d.]+\\s*分?\\s*[)）]?$") || Names.display(stripped).length() <= 1;
    }

    /** No deeper name column of the row names anything else. */
    private boolean isLastName(Row row, int column) {
        for (int[] level : levelColumns) {
            if (level[0] > column && !row.text(level[0]).isBlank() && !WORDS.isTotal(row.text(level[0]))) {
                return false;
            }
        }
        return true;
    }

    private String gradeIn(Row row) {
        for (int c = 1; c < table.columns; c++) {
            String grade = grade(row.text(c));
            if (grade != null) {
                return grade;
            }
        }
        return null;
    }

    static String grade(String text) {
        java.util.regex.Matcher matcher = GRADE_WORD.matcher(text.strip());
        return matcher.matches() ? matcher.group(1) : null;
    }

    private static List<TableNode> topmost(List<TableNode> nodes) {
        List<TableNode> top = new ArrayList<>();
        for (TableNode node : nodes) {
            if (node.parent == null || !nodes.contains(node.parent)) {
                if (!top.contains(node)) {
                    top.add(node);
                }
            }
        }
        return top;
    }

    private void readLevelColumns() {
        int depth = levelColumns.size();
        TableNode[] current = new TableNode[depth];
        Slot[] currentSlot = new Slot[depth];
        TableNode section = null;
        List<TableNode> sinceSubtotal = new ArrayList<>();
        for (Row row : table.body()) {
            if (specialRow(row, sinceSubtotal)) {
                continue;
            }
            if (isSectionRow(row)) {
                String text = label(row);
                section = new TableNode(Names.display(text), Math.max(0, levelColumns.get(0)[1] - 1), table.rowQuote(row));
                section.weight = Names.weightInName(text);
                reading.top.add(section);
                sinceSubtotal.add(section);
                java.util.Arrays.fill(current, null);
                java.util.Arrays.fill(currentSlot, null);
                continue;
            }
            boolean fresh = false;
            TableNode deepest = section;
            int deepestIndex = -1;
            Slot left = null;
            for (int i = 0; i < depth; i++) {
                Slot slot = row.slot(levelColumns.get(i)[0]);
                TableNode node = null;
                if (left != null && slot.cell() != null && slot.cell() == left.cell()) {
                    // a name merged across the deeper level columns: a leaf above the deepest level
                    for (int j = i; j < depth; j++) {
                        current[j] = null;
                        currentSlot[j] = null;
                    }
                    break;
                }
                left = slot;
                if (slot.isDash()) {
                    for (int j = i; j < depth; j++) {
                        current[j] = null;
                        currentSlot[j] = null;
                    }
                    break;
                }
                if (!fresh && current[i] != null && slot.sameCell(currentSlot[i])) {
                    node = current[i];
                } else if (slot.isBlank() || slot.text().strip().startsWith("续上页")) {
                    if (!fresh && current[i] != null) {
                        node = current[i];
                    } else {
                        current[i] = null;
                        currentSlot[i] = null;
                        continue;
                    }
                } else {
                    String text = slot.text().strip();
                    if (!fresh && current[i] != null && Names.key(text).equals(current[i].key)) {
                        node = current[i];
                    } else {
                        node = new TableNode(Names.display(text), levelColumns.get(i)[1] > 0 ? levelColumns.get(i)[1] : i + 1,
                                table.rowQuote(row));
                        if (isFragment(text)) {
                            // "(14.5)", "性": the words of a row broken apart — the levels cannot be trusted
                            reading.trusted = false;
                        }
                        node.weightInName = Names.weightInName(text);
                        if (node.weightInName != null) {
                            node.weight = node.weightInName;
                        }
                        if (deepest != null) {
                            deepest.add(node);
                        } else {
                            reading.top.add(node);
                        }
                        sinceSubtotal.add(node);
                        fresh = true;
                    }
                }
                current[i] = node;
                currentSlot[i] = slot;
                deepest = node;
                deepestIndex = i;
                Values values = levelValues.get(i);
                if (values != null) {
                    assignLevelValues(node, row, values);
                }
            }
            if (deepest == null || deepest == section && deepestIndex < 0) {
                if (hasLeafValues(row)) {
                    reading.unread.add(new Unread(table.rowQuote(row), "无法确定本行属于哪个指标（指标名称为空），未读取"));
                }
                continue;
            }
            addLeafValues(deepest, row);
        }
    }

    private boolean isSectionRow(Row row) {
        Object cell = null;
        int filled = 0;
        for (Slot slot : row.slots()) {
            if (slot.text().isBlank()) {
                continue;
            }
            if (cell == null) {
                cell = slot.cell();
            } else if (slot.cell() != cell) {
                return false;
            }
            filled++;
        }
        return cell != null && filled * 10 >= table.columns * 7 && table.columns >= 3;
    }

    private void assignLevelValues(TableNode node, Row row, Values values) {
        BigDecimal weight = leafNumber(row, values.weight());
        BigDecimal score = leafNumber(row, values.score());
        BigDecimal rate = leafNumber(row, values.rate());
        if (weight != null) {
            if (node.weight != null && node.weightInName != null && node.weight.equals(node.weightInName)) {
                node.weight = weight;
            } else if (node.weight == null) {
                node.weight = weight;
            }
        }
        if (score != null && node.score == null) {
            node.score = score;
        }
        if (rate != null && node.rate == null) {
            node.rate = rate;
        }
        if (!reading.valued.contains(node) && (weight != null || score != null)) {
            reading.valued.add(node);
        }
        String grade = values.grade() >= 0 ? grade(row.text(values.grade())) : null;
        if (grade != null && score != null) {
            reading.graded.add(new GradedRow(table.label(), node.name, node.score, grade, table.rowQuote(row)));
        }
    }

    private boolean hasLeafValues(Row row) {
        return leafNumber(row, leafValues.weight()) != null || leafNumber(row, leafValues.score()) != null;
    }

    private void addLeafValues(TableNode node, Row row) {
        Slot weightSlot = leafValues.weight() >= 0 ? row.slot(leafValues.weight()) : null;
        Slot scoreSlot = leafValues.score() >= 0 ? row.slot(leafValues.score()) : null;
        BigDecimal weight = leafNumber(row, leafValues.weight());
        BigDecimal score = leafNumber(row, leafValues.score());
        BigDecimal rate = leafNumber(row, leafValues.rate());
        if (weight == null && score == null) {
            return;
        }
        if (!node.values.isEmpty()) {
            TableNode.Values last = node.values.get(node.values.size() - 1);
            boolean sameWeight = weightSlot == null || weightSlot.cell() == null || weightSlot.cell() == last.weightCell();
            boolean sameScore = scoreSlot == null || scoreSlot.cell() == null || scoreSlot.cell() == last.scoreCell();
            if (sameWeight && sameScore) {
                return; // the same merged figures seen again on the next row
            }
        }
        String label = textColumn >= 0 ? row.text(textColumn).strip() : "";
        node.values.add(new TableNode.Values(weight, score, rate, table.rowQuote(row), label,
                weightSlot == null ? null : weightSlot.cell(), scoreSlot == null ? null : scoreSlot.cell()));
        if (!reading.valued.contains(node)) {
            reading.valued.add(node);
        }
        String grade = leafValues.grade() >= 0 ? grade(row.text(leafValues.grade())) : null;
        if (grade != null && score != null) {
            reading.graded.add(new GradedRow(table.label(), node.name, score, grade, table.rowQuote(row)));
        }
    }

    /**
     * One indicator with several value rows (评价要点 each with its own 分值 and 得分) gets one child per row; with one
     * value row the figures are the indicator's own.
     */
    private void splitValueRows() {
        for (TableNode node : new ArrayList<>(reading.valued)) {
            if (node.values.isEmpty()) {
                continue;
            }
            if (node.values.size() == 1 || !node.children.isEmpty()) {
                TableNode.Values values = node.values.get(0);
                if (values.weight() != null) {
                    if (node.weightInName != null && node.weight != null && node.weight.equals(node.weightInName)) {
                        node.weight = values.weight();
                    } else if (node.weight == null) {
                        node.weight = values.weight();
                    } else if (node.weightInName == null && node.weight.compareTo(values.weight()) != 0) {
                        node.weight = values.weight();
                    }
                }
                if (values.score() != null) {
                    node.score = values.score();
                }
                if (values.rate() != null) {
                    node.rate = values.rate();
                }
                node.quote = values.quote();
                if (node.values.size() > 1) {
                    reading.trusted = false;
                }
                continue;
            }
            if (table.inferred) {
                // two value rows under one name in a table placed by text alignment: more likely a name that went to the
                // wrong row than 评价要点 of one indicator
                reading.trusted = false;
            }
            boolean sharedWeight = node.values.stream().allMatch(v -> v.weightCell() != null && v.weightCell() == node.values.get(0).weightCell());
            int index = 1;
            for (TableNode.Values values : node.values) {
                String name = values.label().isEmpty() ? "第" + index + "项" : Names.display(values.label());
                if (name.length() > 24) {
                    name = name.substring(0, 24) + "…";
                }
                TableNode child = new TableNode(name, node.level + 1, values.quote());
                child.weight = sharedWeight ? null : values.weight();
                child.score = values.score();
                child.rate = sharedWeight ? null : values.rate();
                node.add(child);
                reading.valued.add(child);
                index++;
            }
            if (sharedWeight && node.weight == null) {
                node.weight = node.values.get(0).weight();
            }
        }
    }

    private void readSingleColumn() {
        int column = levelColumns.get(0)[0];
        // the numbering may stand in a 序号 column of its own ("（一）", "1", "(1)", "①")
        int sequence = -1;
        for (int c = 0; c < table.columns; c++) {
            if (roles[c] == Role.SEQUENCE && c != column) {
                sequence = c;
            }
        }
        Map<String, Integer> sequenceStyles = new LinkedHashMap<>();
        if (sequence >= 0) {
            for (Row row : table.body()) {
                String style = Names.numberingStyle(row.text(sequence).strip());
                if (style != null) {
                    sequenceStyles.merge(style, 1, Integer::sum);
                }
            }
        }
        boolean numberedBySequence = sequenceStyles.size() >= 2;
        // without numbering, levels may be shown by indentation alone: each distinct indent is a level
        java.util.TreeSet<Integer> indents = new java.util.TreeSet<>();
        for (Row row : table.body()) {
            Slot slot = row.slot(column);
            if (slot.cell() != null && !slot.text().isBlank()) {
                indents.add(slot.cell().indent());
            }
        }
        List<Integer> indentLevels = indents.size() >= 2 && indents.size() <= 6 ? new ArrayList<>(indents) : List.of();
        Map<String, Integer> styleLevels = new LinkedHashMap<>();
        List<TableNode> sinceSubtotal = new ArrayList<>();
        TableNode[] stack = new TableNode[8];
        boolean anyNumbering = false;
        boolean unnumbered = false;
        List<TableNode> rows = new ArrayList<>();
        for (Row row : table.body()) {
            if (specialRow(row, sinceSubtotal)) {
                continue;
            }
            String text = row.text(column).strip();
            if (text.isEmpty() || text.startsWith("续上页")) {
                if (hasLeafValues(row) && !rows.isEmpty()) {
                    addLeafValues(rows.get(rows.size() - 1), row);
                }
                continue;
            }
            String style = numberedBySequence ? Names.numberingStyle(row.text(sequence).strip()) : Names.numberingStyle(text);
            int level;
            if (style != null) {
                anyNumbering = true;
                level = styleLevels.computeIfAbsent(style, s -> styleLevels.size() + 1);
            } else if (!indentLevels.isEmpty()) {
                anyNumbering = true;
                level = indentLevels.indexOf(row.slot(column).cell().indent()) + 1;
            } else {
                unnumbered = true;
                level = 0;
            }
            TableNode node = new TableNode(Names.display(text), Math.max(level, 1), table.rowQuote(row));
            node.weightInName = Names.weightInName(text);
            if (node.weightInName != null) {
                node.weight = node.weightInName;
            }
            if (level > 0 && level < stack.length) {
                TableNode parent = null;
                for (int l = level - 1; l >= 1; l--) {
                    if (stack[l] != null) {
                        parent = stack[l];
                        break;
                    }
                }
                if (parent != null) {
                    parent.add(node);
                } else {
                    reading.top.add(node);
                }
                stack[level] = node;
                for (int l = level + 1; l < stack.length; l++) {
                    stack[l] = null;
                }
            } else {
                reading.top.add(node);
            }
            rows.add(node);
            sinceSubtotal.add(node);
            addLeafValues(node, row);
        }
        splitValueRows();
        if (anyNumbering && unnumbered) {
            // some names numbered, some not: the levels are guesses
            reading.trusted = false;
        }
        if (styleLevels.isEmpty() && !indentLevels.isEmpty() && failingSums()[1] > 0) {
            // levels seen in indentation alone that the weights contradict: where the weights read the rows as a tree
            // (a centred column taken for indented, a head placed a level too deep), the weights give the levels
            levelsFromWeights = readByWeights(rows);
            levelsFromIndentation = !levelsFromWeights;
        }
        if (!anyNumbering && rows.stream().allMatch(TableNode::isLeaf)) {
            for (TableNode row : rows) {
                if (row.weight == null && !row.values.isEmpty()) {
                    row.weight = row.values.get(0).weight();
                }
            }
            WeightTree.Parse parse = WeightTree.parse(rows, totalWeight());
            if (parse != null) {
                reading.top.clear();
                reading.top.addAll(parse.roots());
                levelsFromWeights = true;
            }
        }
    }

    /**
     * Reads {@code rows} again as a tree from their weights alone ({@link WeightTree}), when they hold no rows split into
     * 评价要点; keeps the tree read so far when the weights give no single reading. Returns whether they did.
     */
    private boolean readByWeights(List<TableNode> rows) {
        java.util.Set<TableNode> all = new java.util.HashSet<>(rows);
        for (TableNode row : rows) {
            if (!all.containsAll(row.children) || row.weight == null) {
                return false;
            }
        }
        Map<TableNode, List<TableNode>> children = new HashMap<>();
        Map<TableNode, TableNode> parents = new HashMap<>();
        for (TableNode row : rows) {
            children.put(row, new ArrayList<>(row.children));
            parents.put(row, row.parent);
            row.children.clear();
            row.parent = null;
        }
        WeightTree.Parse parse = WeightTree.parse(rows, totalWeight());
        if (parse != null) {
            reading.top.clear();
            reading.top.addAll(parse.roots());
            return true;
        }
        for (TableNode row : rows) {
            row.children.addAll(children.get(row));
            row.parent = parents.get(row);
        }
        return false;
    }

    /** {checks, fails}: how many parents' 分值 were compared with their children's, and how many do not add up. */
    /** Parents with exactly one child. */
    private static int onlyChildren(List<TableNode> nodes) {
        int count = 0;
        for (TableNode node : nodes) {
            count += node.children.size() == 1 ? 1 : 0;
            count += onlyChildren(node.children);
        }
        return count;
    }

    private int[] failingSums() {
        int[] counts = new int[2];
        for (TableNode node : reading.top) {
            count(node, counts);
        }
        return counts;
    }

    /** The weight the table's top level must add up to: its 合计 row, else 100. */
    private BigDecimal totalWeight() {
        for (TotalRow total : reading.totals) {
            if (!total.subtotal() && total.weight() != null) {
                return total.weight();
            }
        }
        return BigDecimal.valueOf(100);
    }

    private void readGraded() {
        int nameColumn = levelColumns.get(levelColumns.size() - 1)[0];
        int score = columns(Role.SCORE).get(0);
        int grade = columns(Role.GRADE).get(0);
        for (Row row : table.body()) {
            String label = label(row);
            if (WORDS.isTotal(label) || WORDS.isSubtotal(label) || WORDS.isNote(label)) {
                continue;
            }
            BigDecimal value = leafNumber(row, score);
            String stated = grade(row.text(grade));
            if (value != null && stated != null) {
                reading.graded.add(new GradedRow(table.label(), Names.display(row.text(nameColumn)), value, stated, table.rowQuote(row)));
            }
        }
    }

    static BigDecimal leafNumber(Row row, int column) {
        if (column < 0) {
            return null;
        }
        return number(row.text(column));
    }

    /** A number as printed in a score table cell: "6.00", "75.88%", "８．５", "6分". */
    static BigDecimal number(String text) {
        String cleaned = Grades.halfWidth(text.strip()).replaceAll("(?<=\\d)\\s*分$", "");
        return PrintedNumbers.parse(cleaned);
    }
}
