package org.jixiao.formats.selfeval;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jixiao.core.grade.GradeScheme;
import org.jixiao.core.review.Where;
import org.jixiao.core.selfeval.BudgetBlock;
import org.jixiao.core.selfeval.CellLocator;
import org.jixiao.core.selfeval.Field;
import org.jixiao.core.selfeval.FundRow;
import org.jixiao.core.selfeval.IndicatorRow;
import org.jixiao.core.selfeval.Section;
import org.jixiao.core.selfeval.SelfEvalTable;
import org.jixiao.core.selfeval.Source;

/**
 * Reads self-evaluation tables from grids (sheets, Word and PDF tables), by the words of a layout family, never by fixed
 * positions: the label cells (项目名称, 主管部门 …) give the values beside them, the header rows of the budget block and of
 * the indicators give the columns, and each following row is read under those columns. Several tables in one grid
 * (a sheet or page holding two) are told apart by their 项目名称 rows; a grid without one continues the table before it
 * when that table has not reached its 总分 (a table continued on the next page).
 *
 * <p>Nothing here refuses a table for one cell: a cell that cannot be read makes its row "not checkable" with the reason.
 * A grid is left alone only when it is no self-evaluation table at all (no indicator header and no budget block).
 */
final class TableReader {
    private final LayoutFamilies families;
    private final String document;
    private final List<SelfEvalTable> tables = new ArrayList<>();
    private TableBuilder open;

    TableReader(LayoutFamilies families, String document) {
        this.families = families;
        this.document = document;
    }

    /**
     * Reads one grid.
     *
     * @param part    the sheet name or the table's name in the document (第 3 个表格), for locations
     * @param context paragraphs around the table (its title, "项目名称：…", the grade bands), nearest last
     * @return true when the grid held or continued a self-evaluation table
     */
    boolean grid(Grid grid, String part, List<String> context) {
        List<Integer> starts = new ArrayList<>();
        LayoutFamily probe = families.familyFor(word -> false);
        for (int r = 0; r < grid.rows(); r++) {
            if (hasLabel(grid, r, probe.label("project"))) {
                starts.add(r);
            }
        }
        boolean used = false;
        int first = starts.isEmpty() ? grid.rows() : starts.get(0);
        if (first > 0) {
            if (open != null && !open.closed()) {
                open.read(grid, part, 0, first, true);
                used = true;
            } else if (starts.isEmpty()) {
                used = start(grid, part, 0, grid.rows(), context);
            }
        }
        for (int i = 0; i < starts.size(); i++) {
            int end = i + 1 < starts.size() ? starts.get(i + 1) : grid.rows();
            // a title row just above (项目支出绩效自评表, 单位：万元) belongs to the table below it; harmless either way
            used |= start(grid, part, starts.get(i), end, context);
        }
        return used;
    }

    /** Reads rows as a new table; false (and the open table left open) when they hold no header of a self-evaluation table. */
    private boolean start(Grid grid, String part, int from, int end, List<String> context) {
        LayoutFamily family = families.familyFor(word -> regionHas(grid, from, end, word));
        TableBuilder candidate = new TableBuilder(family, families, document, part, context);
        candidate.read(grid, part, from, end, false);
        if (!candidate.sawHeader()) {
            return false;
        }
        closeOpen();
        open = candidate;
        return true;
    }

    private void closeOpen() {
        if (open != null) {
            SelfEvalTable table = open.build();
            if (table != null) {
                tables.add(table);
            }
            open = null;
        }
    }

    /** The tables read, in order. */
    List<SelfEvalTable> finish() {
        closeOpen();
        return List.copyOf(tables);
    }

    static boolean hasLabel(Grid grid, int r, List<String> words) {
        for (Slot slot : slots(grid, r)) {
            if (Words.startsWithAny(slot.key, words)) {
                return true;
            }
        }
        return false;
    }

    /** True when a cell of the rows holds the word (compared as {@link Words#key}). */
    private static boolean regionHas(Grid grid, int from, int end, String word) {
        for (int r = from; r < end; r++) {
            for (Slot slot : slots(grid, r)) {
                if (slot.key.length() <= 30 && slot.key.contains(word)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A position in one of the grids a table was read from. */
    record Pos(Grid.Places grid, String part, int row, int column) {}

    /** Builds one table from the rows it is given, which may come from several grids (a continued table). */
    static final class TableBuilder {
        private enum State { HEAD, BUDGET, GOAL, INDICATORS, AFTER }

        private static final java.util.regex.Pattern SEAL = java.util.regex.Pattern.compile("^(\\(盖章\\)|\\(签章\\))?:?");

        /** The text after a label's colon ("自评等级：优" → 优); the whole text when it has none. */
        private static String afterColon(String text) {
            int colon = Math.max(text.indexOf('：'), text.indexOf(':'));
            return colon < 0 ? text : text.substring(colon + 1);
        }

        private static final java.util.regex.Pattern PROJECT_LINE = java.util.regex.Pattern.compile("^\\s*项目名称\\s*[:：]\\s*(\\S.{0,80})$");

        private final LayoutFamily family;
        private final LayoutFamilies families;
        private final String document;
        private final String firstPart;
        private final List<String> texts = new ArrayList<>();
        private State state = State.HEAD;
        private final Map<String, String> values = new HashMap<>();
        private final Map<Field, Pos> positions = new EnumMap<>(Field.class);
        // budget
        private final Map<String, Integer> budgetColumns = new HashMap<>();
        private int budgetFirstValue = Integer.MAX_VALUE;
        private FundRow total;
        private final List<FundRow> parts = new ArrayList<>();
        private final List<Pos> partPositions = new ArrayList<>();
        private BigDecimal executionWeight;
        private BigDecimal executionWeightFromLabel;
        private BigDecimal printedRate;
        private BigDecimal printedExecutionScore;
        // goal
        private int goalExpectedColumn = -1;
        private int goalAchievedColumn = -1;
        // indicators
        private final Map<String, int[]> columns = new HashMap<>();
        private int gridColumns;
        private int levelFrom;
        private int nameColumn;
        private String[] carried = new String[0];
        /** The shift of the last row seen printed right of its header for certain (0: none yet). */
        private int shiftSeen;
        private final List<IndicatorRow> rows = new ArrayList<>();
        private final List<Pos> rowPositions = new ArrayList<>();
        private final List<String> rowLevel1 = new ArrayList<>();
        private final List<String> rowLevel2 = new ArrayList<>();
        private final Map<String, BigDecimal> labelWeights = new LinkedHashMap<>();
        private final Map<String, BigDecimal> labelScores = new HashMap<>();
        private final Map<String, Pos> labelPositions = new HashMap<>();
        private BigDecimal globalWeight;
        private Pos globalPosition;
        private String currentLevel1 = "";
        private String currentLevel2 = "";
        // totals
        private BigDecimal printedTotal;
        private boolean totalRowSeen;
        private BigDecimal printedWeightTotal;
        private String printedGrade;
        private final StringBuilder explanation = new StringBuilder();
        private final List<String> unchecked = new ArrayList<>();
        private boolean sumsIncomplete;
        private final java.util.Set<Field> unreadable = java.util.EnumSet.noneOf(Field.class);
        private final IndicatorCells cells;
        private static final List<String> FIELDS = List.of("project", "department", "implementer");
        private final Map<String, List<String>> labelWords = new HashMap<>();
        private final String labelStarts;
        private final List<String> wordsTotal;
        private final List<String> wordsSubtotal;
        private final List<String> wordsExplanation;
        private final List<String> wordsGrade;
        private final List<String> wordsIgnore;

        TableBuilder(LayoutFamily family, LayoutFamilies families, String document, String part, List<String> context) {
            this.family = family;
            this.families = families;
            this.document = document;
            this.firstPart = part;
            this.cells = new IndicatorCells(families.directions, families.verdicts, family.criteriaOnly());
            for (String field : FIELDS) {
                labelWords.put(field, family.label(field));
            }
            StringBuilder starts = new StringBuilder();
            for (String field : List.of("total", "subtotal", "explanation", "grade", "ignore")) {
                for (String word : family.label(field)) {
                    if (!word.isEmpty() && starts.indexOf(word.substring(0, 1)) < 0) {
                        starts.append(word.charAt(0));
                    }
                }
            }
            this.labelStarts = starts.toString();
            this.wordsTotal = family.label("total");
            this.wordsSubtotal = family.label("subtotal");
            this.wordsExplanation = family.label("explanation");
            this.wordsGrade = family.label("grade");
            this.wordsIgnore = family.label("ignore");
            for (String paragraph : context) {
                texts.add(paragraph);
                java.util.regex.Matcher m = PROJECT_LINE.matcher(paragraph);
                if (m.find()) {
                    values.put("project", m.group(1).strip());
                }
            }
        }

        boolean closed() {
            return totalRowSeen;
        }

        /** True when the rows read had an indicator header or a budget header: a self-evaluation table and not some other table. */
        boolean sawHeader() {
            return !budgetColumns.isEmpty() || !columns.isEmpty();
        }

        void read(Grid grid, String part, int from, int end, boolean continuation) {
            if (continuation && state == State.INDICATORS && grid.columns() != gridColumns && !hasIndicatorHeader(grid, from, end)) {
                // a piece with other columns and no header of its own: its cells cannot be placed
                sumsIncomplete = true;
                unchecked.add("“" + projectName() + "”续表（" + part + "）的列与表头不一致，其中各行未能读取，合计未能核对");
                return;
            }
            for (int r = from; r < end; r++) {
                row(grid, part, r);
            }
        }

        private boolean hasIndicatorHeader(Grid grid, int from, int end) {
            for (int r = from; r < end; r++) {
                Map<String, Slot> roles = indicatorRoles(slots(grid, r), family);
                if (roles.containsKey("name") && (roles.containsKey("weight") || roles.containsKey("score"))) {
                    return true;
                }
            }
            return false;
        }

        private void row(Grid grid, String part, int r) {
            List<Slot> slots = slots(grid, r);
            if (slots.isEmpty()) {
                return;
            }
            for (Slot slot : slots) {
                if (slot.text.indexOf('分') >= 0) {
                    texts.add(slot.text); // for the grade bands a table may state
                }
            }
            if (state != State.INDICATORS && state != State.AFTER && labels(grid, part, r, slots)) {
                return;
            }
            // header rows: the budget block's until one is found, the indicators' before them or repeated on a continued page
            Map<String, Slot> budgetRoles = budgetColumns.isEmpty() && state != State.INDICATORS && state != State.AFTER
                    ? budgetRoles(slots, family) : Map.of();
            if (budgetRoles.size() >= 3
                    && (budgetRoles.containsKey("annual") || budgetRoles.containsKey("executed"))) {
                budgetColumns.clear();
                budgetRoles.forEach((role, slot) -> budgetColumns.put(role, slot.column));
                budgetFirstValue = budgetRoles.values().stream().mapToInt(s -> s.column).min().orElse(Integer.MAX_VALUE);
                for (Slot slot : slots) {
                    BigDecimal weight = CellValues.labelWeight(slot.text);
                    if (weight != null && slot.column < budgetFirstValue) {
                        executionWeightFromLabel = weight;
                    }
                }
                state = State.BUDGET;
                return;
            }
            Map<String, Slot> roles = state != State.INDICATORS || repeatsHeader(grid, r) ? indicatorRoles(slots, family) : Map.of();
            if (roles.containsKey("name") && (roles.containsKey("weight") || roles.containsKey("score"))) {
                indicatorHeader(grid, part, r, slots, roles);
                return;
            }
            if (state == State.BUDGET && fundRow(grid, part, r, slots)) {
                return;
            }
            if (state == State.BUDGET) {
                state = State.HEAD;
            }
            if (state == State.HEAD || state == State.GOAL) {
                goal(grid, r, slots);
                return;
            }
            indicatorOrTotal(grid, part, r, slots);
        }

        /** True when the row holds a 三级指标 header word in the name column: the header repeated on a continued page. */
        private boolean repeatsHeader(Grid grid, int r) {
            String key = Words.key(grid.text(r, nameColumn));
            return !key.isEmpty() && key.length() <= 20 && Words.containsAny(key, family.columns().getOrDefault("name", List.of()));
        }

        /** 项目名称 / 主管部门 / 实施单位 label cells and the values beside them; true when the row was such a row. */
        private boolean labels(Grid grid, String part, int r, List<Slot> slots) {
            boolean any = false;
            for (int i = 0; i < slots.size(); i++) {
                Slot slot = slots.get(i);
                for (String field : FIELDS) {
                    String word = startsWord(slot.key, labelWords.get(field));
                    if (word == null) {
                        continue;
                    }
                    any = true;
                    String rest = SEAL.matcher(slot.key.substring(word.length())).replaceFirst("");
                    String value = rest.isEmpty() ? (i + 1 < slots.size() && !isLabel(slots.get(i + 1).key) ? slots.get(i + 1).text : "")
                            : slot.text.substring(Math.max(0, slot.text.indexOf(rest.charAt(0)))).strip();
                    Pos pos = rest.isEmpty() && i + 1 < slots.size() ? new Pos(grid.places(), part, r, slots.get(i + 1).column) : new Pos(grid.places(), part, r, slot.column);
                    values.putIfAbsent(field, CellValues.notGiven(value) ? "" : value);
                    positions.putIfAbsent(field.equals("project") ? Field.PROJECT : field.equals("department") ? Field.DEPARTMENT : Field.IMPLEMENTER, pos);
                }
            }
            return any;
        }

        private boolean isLabel(String key) {
            for (String field : FIELDS) {
                if (startsWord(key, labelWords.get(field)) != null) {
                    return true;
                }
            }
            return false;
        }

        private boolean fundRow(Grid grid, String part, int r, List<Slot> slots) {
            Slot label = null;
            for (Slot slot : slots) {
                if (slot.column < budgetFirstValue) {
                    label = slot;
                }
            }
            if (label == null) {
                // a row printed a cell or two right of its header (the header's label cell spans what the rows split):
                // its label stands where the header has 年初预算数, its figures one cell further on
                for (Slot slot : slots) {
                    int k = slot.column - budgetFirstValue + 1;
                    if (k >= 1 && k <= 2 && (slot.key.contains("其中") || Words.containsAny(slot.key, family.partRows())
                            || Words.containsAny(slot.key, family.totalRows())) && !(grid instanceof ShiftedRow)) {
                        Grid shifted = new ShiftedRow(grid, r, k);
                        return fundRow(shifted, part, r, slots(shifted, r));
                    }
                    if (slot.column >= budgetFirstValue) {
                        break;
                    }
                }
                return false;
            }
            String key = label.key;
            boolean isPart = key.contains("其中") || Words.containsAny(key, family.partRows());
            boolean isTotal = !key.contains("其中") && Words.containsAny(key, family.totalRows());
            if (!isPart && !isTotal) {
                return false;
            }
            boolean first = isTotal && total == null;
            FundRow row = new FundRow(label.text.strip(), amount(grid, r, "initial"),
                    number(grid, r, budgetColumns.get("annual"), first ? Field.ANNUAL : null),
                    number(grid, r, budgetColumns.get("executed"), first ? Field.EXECUTED : null), rate(grid, r),
                    number(grid, r, budgetColumns.get("score"), first ? Field.EXECUTION_SCORE : null));
            if (isTotal && total == null) {
                total = row;
                executionWeight = number(grid, r, budgetColumns.get("weight"));
                printedRate = row.printedRate();
                printedExecutionScore = row.printedScore();
                Integer c;
                for (Field field : List.of(Field.INITIAL, Field.ANNUAL, Field.EXECUTED, Field.EXECUTION_WEIGHT, Field.EXECUTION_RATE,
                        Field.EXECUTION_SCORE)) {
                    c = budgetColumns.get(switch (field) {
                        case INITIAL -> "initial";
                        case ANNUAL -> "annual";
                        case EXECUTED -> "executed";
                        case EXECUTION_WEIGHT -> "weight";
                        case EXECUTION_RATE -> "rate";
                        default -> "score";
                    });
                    if (c != null) {
                        positions.put(field, new Pos(grid.places(), part, r, c));
                    }
                }
            } else {
                parts.add(row);
                Integer c = budgetColumns.getOrDefault("rate", budgetColumns.getOrDefault("annual", label.column));
                partPositions.add(new Pos(grid.places(), part, r, c));
            }
            return true;
        }

        private BigDecimal amount(Grid grid, int r, String role) {
            Integer c = budgetColumns.get(role);
            return number(grid, r, c);
        }

        private BigDecimal rate(Grid grid, int r) {
            Integer c = budgetColumns.get("rate");
            if (c == null) {
                return null;
            }
            BigDecimal number = grid.number(r, c);
            if (number != null) {
                return grid.percent(r, c) || number.abs().compareTo(new BigDecimal("1.5")) <= 0 ? number.movePointRight(2) : number;
            }
            String text = grid.text(r, c);
            if (CellValues.notGiven(text)) {
                return null;
            }
            BigDecimal parsed = CellValues.percent(text);
            if (parsed == null) {
                unchecked.add("执行率“" + text + "”无法识别（" + grid.address(r, c) + "）");
            }
            return parsed;
        }

        /** A number cell: null when not given; an unreadable text is noted and read as not given. */
        private BigDecimal number(Grid grid, int r, Integer c) {
            return number(grid, r, c, null);
        }

        private BigDecimal number(Grid grid, int r, Integer c, Field field) {
            if (c == null) {
                return null;
            }
            BigDecimal number = grid.number(r, c);
            if (number != null) {
                return number;
            }
            String text = grid.text(r, c);
            if (CellValues.notGiven(text)) {
                return null;
            }
            BigDecimal parsed = CellValues.number(text);
            if (parsed == null) {
                unchecked.add("“" + text + "”不是数值，未能核对（" + grid.address(r, c) + "）");
                if (field != null) {
                    unreadable.add(field);
                }
            }
            return parsed;
        }

        private void goal(Grid grid, int r, List<Slot> slots) {
            if (goalExpectedColumn >= 0) {
                // the row under the goal header: its texts at the two columns
                values.putIfAbsent("goalExpected", grid.text(r, goalExpectedColumn));
                values.putIfAbsent("goalAchieved", grid.text(r, goalAchievedColumn));
                goalExpectedColumn = -1;
                state = State.HEAD;
                return;
            }
            Slot expected = null;
            Slot achieved = null;
            for (Slot slot : slots) {
                if (achieved == null && Words.startsWithAny(slot.key, family.label("goalAchieved"))) {
                    achieved = slot;
                } else if (expected == null && Words.startsWithAny(slot.key, family.label("goalExpected"))) {
                    expected = slot;
                }
            }
            if (expected != null && achieved != null) {
                goalExpectedColumn = expected.column;
                goalAchievedColumn = achieved.column;
                state = State.GOAL;
            }
        }

        private void indicatorHeader(Grid grid, String part, int r, List<Slot> slots, Map<String, Slot> roles) {
            columns.clear();
            roles.forEach((role, slot) -> columns.put(role, new int[] {slot.column, slot.endColumn}));
            gridColumns = grid.columns();
            nameColumn = roles.get("name").column;
            levelFrom = nameColumn;
            for (String level : List.of("level1", "level2")) {
                if (roles.containsKey(level)) {
                    levelFrom = Math.min(levelFrom, roles.get(level).column);
                }
            }
            // a group label left of the levels (绩效指标, 年度绩效指标（90分）): its weight covers every indicator
            for (Slot slot : slots) {
                if (slot.column < levelFrom || !roles.containsValue(slot)) {
                    BigDecimal weight = CellValues.labelWeight(slot.text);
                    if (weight != null && slot.column <= levelFrom) {
                        globalWeight = weight;
                        globalPosition = new Pos(grid.places(), part, r, slot.column);
                    }
                }
            }
            if (levelFrom > 0 && !roles.containsKey("level1")) {
                levelFrom = 0;
            }
            carried = new String[grid.columns()];
            state = State.INDICATORS;
        }

        private int column(String role) {
            int[] span = columns.get(role);
            return span == null ? -1 : span[0];
        }

        private void indicatorOrTotal(Grid grid, String part, int r, List<Slot> slots) {
            int firstValue = firstValueColumn();
            for (Slot slot : slots) {
                // labels stand at the left and start with one of a few characters: most cells are passed over at once
                if (slot.column > nameColumn || slot.key.isEmpty() || labelStarts.indexOf(slot.key.charAt(0)) < 0) {
                    continue;
                }
                if (slot.column < firstValue) {
                    if (Words.startsWithAny(slot.key, wordsTotal) && !slot.key.startsWith("总分在") && !slot.key.startsWith("总分低于")) {
                        total(grid, part, r, slots);
                        return;
                    }
                    if (Words.startsWithAny(slot.key, wordsSubtotal)) {
                        subtotal(grid, part, r);
                        return;
                    }
                }
                if (Words.startsWithAny(slot.key, wordsExplanation)) {
                    for (Slot other : slots) {
                        if (other != slot && !CellValues.notGiven(other.text)) {
                            explanation.append(explanation.length() > 0 ? " " : "").append(other.text);
                        }
                    }
                    String after = afterColon(slot.text);
                    if (!after.equals(slot.text) && !after.isBlank()) {
                        explanation.append(explanation.length() > 0 ? " " : "").append(after.strip());
                    }
                    positions.putIfAbsent(Field.EXPLANATION, new Pos(grid.places(), part, r, slot.column));
                    state = State.AFTER;
                    return;
                }
                if (Words.startsWithAny(slot.key, wordsGrade)) {
                    int i = slots.indexOf(slot);
                    String after = afterColon(slot.text);
                    String value = !after.equals(slot.text) && !after.isBlank() ? after.strip() : i + 1 < slots.size() ? slots.get(i + 1).text : "";
                    if (!CellValues.notGiven(value)) {
                        printedGrade = value.strip();
                        positions.put(Field.GRADE, new Pos(grid.places(), part, r, i + 1 < slots.size() ? slots.get(i + 1).column : slot.column));
                    }
                    return;
                }
                if (Words.startsWithAny(slot.key, wordsIgnore)) {
                    if (slot.column <= levelFrom) {
                        state = totalRowSeen ? State.AFTER : state;
                        return;
                    }
                }
            }
            if (state == State.AFTER) {
                return;
            }
            int k = rowShift(grid, r, slots);
            indicator(k == 0 ? grid : new ShiftedRow(grid, r, k), part, r);
        }

        /**
         * How many cells right of its header a row is printed: 0, or 1–2 for a row that carries a leading group column
         * (年度绩效指标) the header row lacks, as text extracted from a published PDF has it. Only when it is certain: the
         * row ends in two plain numbers (分值, 得分) that many cells past the header's 得分, and either the cell under the
         * header's 分值 is not a plain number (an actual value with its unit) or the row starts with the group label.
         */
        private int rowShift(Grid grid, int r, List<Slot> slots) {
            int scoreColumn = column("score");
            int weightColumn = column("weight");
            if (scoreColumn < 0 || weightColumn != scoreColumn - 1 || slots.size() < 2 || grid instanceof ShiftedRow) {
                return 0;
            }
            Slot last = slots.get(slots.size() - 1);
            Slot before = slots.get(slots.size() - 2);
            int k = last.column - scoreColumn;
            if (k < 1 || k > 2 || before.column != last.column - 1 || last.endColumn != last.column || !plainNumber(last.text)
                    || !plainNumber(before.text)) {
                return 0;
            }
            boolean weightCellNotNumber = !plainNumber(grid.text(r, weightColumn));
            String first = grid.text(r, levelFrom);
            boolean groupLabel = !first.isEmpty() && Words.startsWithAny(Words.key(first), family.generic()) && CellValues.labelWeight(first) == null;
            if (weightCellNotNumber || groupLabel) {
                shiftSeen = k;
                return k;
            }
            // a plain-number actual value (25 for ≤25万元) in a table whose rows were seen shifted by as much
            return k == shiftSeen ? k : 0;
        }

        private int firstValueColumn() {
            int first = Integer.MAX_VALUE;
            for (String role : List.of("nature", "target", "unit", "actual", "weight", "score", "deviation")) {
                int c = column(role);
                if (c >= 0) {
                    first = Math.min(first, c);
                }
            }
            return first == Integer.MAX_VALUE ? nameColumn + 1 : first;
        }

        private void total(Grid grid, String part, int r, List<Slot> slots) {
            totalRowSeen = true;
            int scoreColumn = column("score");
            int weightColumn = column("weight");
            BigDecimal score = scoreColumn >= 0 ? number(grid, r, scoreColumn, Field.TOTAL) : null;
            BigDecimal weight = weightColumn >= 0 && !grid.sameCell(r, weightColumn, r, scoreColumn) ? number(grid, r, weightColumn) : null;
            if (score == null && weight == null) {
                // the figure printed elsewhere in the row (a merged cell): the only number in it
                BigDecimal only = null;
                int count = 0;
                for (Slot slot : slots) {
                    BigDecimal n = grid.number(r, slot.column) != null ? grid.number(r, slot.column) : CellValues.number(slot.text);
                    if (n != null) {
                        only = n;
                        count++;
                        positions.put(Field.TOTAL, new Pos(grid.places(), part, r, slot.column));
                    }
                }
                score = count == 1 ? only : null;
            } else if (score == null && weight != null && scoreColumn >= 0 && !grid.knowsMerges() && weight.compareTo(BigDecimal.valueOf(100)) != 0) {
                // a sheet with the total merged over 分值 and 得分: the number sits in the 分值 column
                score = weight;
                weight = null;
            }
            if (score != null) {
                printedTotal = score;
                if (scoreColumn >= 0 && positions.get(Field.TOTAL) == null) {
                    positions.put(Field.TOTAL, new Pos(grid.places(), part, r, scoreColumn));
                }
            } else if (scoreColumn >= 0) {
                positions.put(Field.TOTAL, new Pos(grid.places(), part, r, scoreColumn));
            }
            if (weight != null) {
                printedWeightTotal = weight;
                positions.put(Field.WEIGHT_TOTAL, new Pos(grid.places(), part, r, weightColumn));
            }
            state = State.AFTER;
        }

        private void subtotal(Grid grid, String part, int r) {
            BigDecimal score = number(grid, r, column("score") >= 0 ? column("score") : null);
            if (score != null && !currentLevel1.isEmpty()) {
                labelScores.put("1|" + currentLevel1, score);
                labelPositions.putIfAbsent("1|" + currentLevel1, new Pos(grid.places(), part, r, column("score")));
                BigDecimal weight = number(grid, r, column("weight") >= 0 ? column("weight") : null);
                if (weight != null) {
                    labelWeights.putIfAbsent("1|" + currentLevel1, weight);
                }
            }
        }

        private void indicator(Grid grid, String part, int r) {
            // the level columns: carried down over blanks only where merges are not known (a sheet)
            String[] levels = new String[Math.max(0, nameColumn - levelFrom)];
            for (int c = levelFrom; c < nameColumn; c++) {
                String text = grid.text(r, c);
                if (text.isEmpty() && !grid.knowsMerges()) {
                    text = carried[c] == null ? "" : carried[c];
                } else if (!grid.knowsMerges()) {
                    if (!text.equals(carried[c])) {
                        for (int d = c + 1; d < nameColumn; d++) {
                            if (grid.text(r, d).isEmpty()) {
                                carried[d] = "";
                            }
                        }
                    }
                    carried[c] = text;
                }
                levels[c - levelFrom] = text;
            }
            String level1Raw = levelText(levels, "level1");
            String level2Raw = levelText(levels, "level2");
            String name = grid.text(r, nameColumn);
            String target = text(grid, r, "target");
            String actual = text(grid, r, "actual");
            String weightText = text(grid, r, "weight");
            String scoreText = text(grid, r, "score");
            BigDecimal level1Weight = CellValues.labelWeight(level1Raw);
            BigDecimal level2Weight = CellValues.labelWeight(level2Raw);
            String level1 = CellValues.withoutWeight(level1Raw);
            String level2 = CellValues.withoutWeight(level2Raw);
            if (level1.isEmpty() && grid.knowsMerges() && !currentLevel1.isEmpty() && !CellValues.notGiven(name)) {
                // a document whose merged 一级/二级 cells came out as blanks under their label (text, PDF): the label above
                level1 = currentLevel1;
                if (level2.isEmpty()) {
                    level2 = currentLevel2;
                }
            }
            if (!level1.isEmpty()) {
                currentLevel1 = level1;
            }
            currentLevel2 = level2;
            if (level1Weight != null) {
                labelWeights.putIfAbsent("1|" + level1, level1Weight);
                labelPositions.putIfAbsent("1|" + level1, new Pos(grid.places(), part, r, levelFrom));
            }
            if (level2Weight != null) {
                labelWeights.putIfAbsent("2|" + level1 + "|" + level2, level2Weight);
                labelPositions.putIfAbsent("2|" + level1 + "|" + level2, new Pos(grid.places(), part, r, levelFrom));
            }
            boolean nameBlank = CellValues.notGiven(name) || grid.sameCell(r, nameColumn, r, nameColumn - 1) && nameColumn > levelFrom;
            boolean valuesBlank = CellValues.notGiven(target) && CellValues.notGiven(actual) && CellValues.notGiven(weightText)
                    && CellValues.notGiven(scoreText);
            if (nameBlank && valuesBlank) {
                return; // a level label alone (经济效益指标 with nothing under it)
            }
            if (nameBlank) {
                // a section row: the level's own 分值 and 得分 (决策 | 20 | 18)
                String key = !level2.isEmpty() && !level2.equals(level1) ? "2|" + level1 + "|" + level2 : "1|" + level1;
                BigDecimal weight = CellValues.number(weightText);
                BigDecimal score = CellValues.number(scoreText);
                if (weight != null || score != null) {
                    if (weight != null) {
                        labelWeights.putIfAbsent(key, weight);
                    }
                    if (score != null) {
                        labelScores.putIfAbsent(key, score);
                    }
                    labelPositions.putIfAbsent(key, new Pos(grid.places(), part, r, column("score") >= 0 ? column("score") : nameColumn));
                    return;
                }
            }
            IndicatorRow row = cells.row(level1, level2, nameBlank ? lastNonEmpty(levels) : name, text(grid, r, "nature"), target,
                    text(grid, r, "unit"), actual, weight(grid, r), score(grid, r), text(grid, r, "deviation"));
            rows.add(row);
            rowPositions.add(new Pos(grid.places(), part, r, -1));
            rowLevel1.add(level1);
            rowLevel2.add(level2);
        }

        private IndicatorCells.Number weight(Grid grid, int r) {
            return numberCell(grid, r, column("weight"));
        }

        private IndicatorCells.Number score(Grid grid, int r) {
            return numberCell(grid, r, column("score"));
        }

        private IndicatorCells.Number numberCell(Grid grid, int r, int c) {
            if (c < 0) {
                return new IndicatorCells.Number(null, "");
            }
            BigDecimal number = grid.number(r, c);
            return new IndicatorCells.Number(number, grid.text(r, c));
        }

        private String text(Grid grid, int r, String role) {
            int c = column(role);
            return c < 0 ? "" : grid.text(r, c);
        }

        /** The text of a level: the right-most meaningful text under its header's columns. */
        private String levelText(String[] levels, String role) {
            int[] span = columns.get(role);
            int from;
            int to;
            if (span != null) {
                from = span[0];
                to = span[1];
                String other = role.equals("level1") ? "level2" : null;
                if (other != null && columns.containsKey(other)) {
                    to = Math.max(to, columns.get(other)[0] - 1);
                } else if (role.equals("level2")) {
                    to = Math.max(to, nameColumn - 1);
                }
            } else if (role.equals("level1") && !columns.containsKey("level2")) {
                from = levelFrom;
                to = nameColumn - 2;
            } else if (role.equals("level2") && !columns.containsKey("level1")) {
                from = nameColumn - 1;
                to = nameColumn - 1;
            } else {
                return "";
            }
            String found = "";
            for (int c = Math.max(from, levelFrom); c <= Math.min(to, nameColumn - 1); c++) {
                String text = levels[c - levelFrom];
                String key = Words.key(text);
                if (!text.isEmpty() && !(Words.startsWithAny(key, family.generic()) && CellValues.labelWeight(text) == null)) {
                    found = text;
                }
            }
            return found;
        }

        private String lastNonEmpty(String[] levels) {
            for (int i = levels.length - 1; i >= 0; i--) {
                if (levels[i] != null && !levels[i].isEmpty()) {
                    return CellValues.withoutWeight(levels[i]);
                }
            }
            return "";
        }

        private String projectName() {
            return values.getOrDefault("project", "");
        }

        SelfEvalTable build() {
            // a blank form (the template, a table not filled in) is no table
            boolean blankBudget = total == null || total.isBlank() && parts.stream().allMatch(FundRow::isBlank);
            if (rows.isEmpty() && blankBudget && printedTotal == null) {
                return null;
            }
            String project = projectName();
            List<String> notes = new ArrayList<>(unchecked);
            if (project.isBlank()) {
                project = "（未写项目名称：" + firstPart + "）";
            }
            BigDecimal weight = executionWeight != null ? executionWeight
                    : executionWeightFromLabel != null ? executionWeightFromLabel : family.executionWeight();
            BudgetBlock budget = new BudgetBlock(total == null ? FundRow.EMPTY : total, parts, weight, family.rule(), printedRate,
                    printedExecutionScore);
            if (total == null && family.rule() == org.jixiao.core.selfeval.ExecutionRule.CAPPED) {
                notes.add("“" + project + "”没有读到年度资金总额（预算执行情况），执行率未能核对");
            }
            List<Section> sections = new ArrayList<>();
            List<Pos> sectionPositions = new ArrayList<>();
            if (globalWeight != null && !rows.isEmpty()) {
                sections.add(new Section("绩效指标", globalWeight, null, 0, rows.size(), ""));
                sectionPositions.add(globalPosition);
            }
            for (Map.Entry<String, BigDecimal> entry : merge(labelWeights.keySet(), labelScores.keySet())) {
                String key = entry.getKey();
                int first = -1;
                int end = -1;
                for (int i = 0; i < rows.size(); i++) {
                    boolean in = key.startsWith("1|") ? rowLevel1.get(i).equals(key.substring(2))
                            : (rowLevel1.get(i) + "|" + rowLevel2.get(i)).equals(key.substring(2));
                    if (in) {
                        first = first < 0 ? i : first;
                        end = i + 1;
                    }
                }
                if (first < 0) {
                    continue;
                }
                String name = key.substring(key.lastIndexOf('|') + 1);
                sections.add(new Section(name, labelWeights.get(key), labelScores.get(key), first, end, ""));
                sectionPositions.add(labelPositions.get(key));
            }
            GradeScheme bands = BandText.find(texts);
            Map<Field, Pos> fieldPositions = new EnumMap<>(positions);
            List<Pos> indicatorPositions = List.copyOf(rowPositions);
            Map<String, int[]> indicatorColumns = new HashMap<>(columns);
            List<Pos> partsAt = List.copyOf(partPositions);
            String first = firstPart;
            CellLocator locator = new Locator(first, fieldPositions, indicatorPositions, indicatorColumns, partsAt, sectionPositions);
            SelfEvalTable.Details details = new SelfEvalTable.Details(family.name(), sections, printedGrade, bands, printedWeightTotal,
                    family.totalExpected(), notes, sumsIncomplete, unreadable);
            return new SelfEvalTable(project, values.getOrDefault("department", ""), values.getOrDefault("implementer", ""), budget,
                    values.getOrDefault("goalExpected", ""), values.getOrDefault("goalAchieved", ""), rows, printedTotal,
                    explanation.toString(), new Source(document, first, locator), details);
        }

        private static List<Map.Entry<String, BigDecimal>> merge(java.util.Set<String> a, java.util.Set<String> b) {
            Map<String, BigDecimal> all = new LinkedHashMap<>();
            a.forEach(k -> all.put(k, null));
            b.forEach(k -> all.putIfAbsent(k, null));
            return new ArrayList<>(all.entrySet());
        }

        private static String startsWord(String key, List<String> words) {
            for (String word : words) {
                if (!key.isEmpty() && !word.isEmpty() && key.charAt(0) == word.charAt(0) && key.startsWith(word)) {
                    return word;
                }
            }
            return null;
        }
    }

    /** A number as printed in a 分值 or 得分 cell: digits with at most one decimal point, nothing else. */
    static boolean plainNumber(String text) {
        String t = text.strip();
        if (t.isEmpty() || t.length() > 12) {
            return false;
        }
        boolean point = false;
        for (int i = 0; i < t.length(); i++) {
            char ch = t.charAt(i);
            if (ch == '.' && !point && i > 0 && i < t.length() - 1) {
                point = true;
            } else if (ch < '0' || ch > '9') {
                return false;
            }
        }
        return true;
    }

    /** One row of a grid read {@code shift} cells further right; every other row as it is. */
    private static final class ShiftedRow implements Grid {
        private final Grid grid;
        private final int row;
        private final int shift;
        private final Places places;

        ShiftedRow(Grid grid, int row, int shift) {
            this.grid = grid;
            this.row = row;
            this.shift = shift;
            Places inner = grid.places();
            this.places = new Places() {
                @Override
                public String address(int r, int c) {
                    return inner.address(r, column(r, c));
                }

                @Override
                public Where where(int r, int c) {
                    return inner.where(r, column(r, c));
                }
            };
        }

        private int column(int r, int c) {
            return r == row ? c + shift : c;
        }

        private boolean inside(int r, int c) {
            return column(r, c) < grid.columns();
        }

        @Override
        public int rows() {
            return grid.rows();
        }

        @Override
        public int columns() {
            return grid.columns();
        }

        @Override
        public String text(int r, int c) {
            return inside(r, c) ? grid.text(r, column(r, c)) : "";
        }

        @Override
        public boolean knowsMerges() {
            return grid.knowsMerges();
        }

        @Override
        public boolean sameCell(int r1, int c1, int r2, int c2) {
            return inside(r1, c1) && inside(r2, c2) && grid.sameCell(r1, column(r1, c1), r2, column(r2, c2));
        }

        @Override
        public BigDecimal number(int r, int c) {
            return inside(r, c) ? grid.number(r, column(r, c)) : null;
        }

        @Override
        public boolean percent(int r, int c) {
            return inside(r, c) && grid.percent(r, column(r, c));
        }

        @Override
        public Places places() {
            return places;
        }
    }

    /** One printed cell of a row: where it starts and ends, its text and its comparison key. */
    record Slot(int column, int endColumn, String text, String key) {}

    /** The rows of the last grid read on this thread, as slots: each row is looked at several times. */
    private static final ThreadLocal<Object[]> LAST = new ThreadLocal<>();

    /** The distinct printed cells of a row, left to right (a merged cell once). */
    @SuppressWarnings("unchecked")
    static List<Slot> slots(Grid grid, int r) {
        Object[] last = LAST.get();
        if (last == null || last[0] != grid) {
            last = new Object[] {grid, new List[grid.rows()]};
            LAST.set(last);
        }
        List<Slot>[] rows = (List<Slot>[]) last[1];
        if (r < 0 || r >= rows.length) {
            return computeSlots(grid, r);
        }
        if (rows[r] == null) {
            rows[r] = computeSlots(grid, r);
        }
        return rows[r];
    }

    private static List<Slot> computeSlots(Grid grid, int r) {
        List<Slot> slots = new ArrayList<>();
        int c = 0;
        int columns = grid.columns();
        while (c < columns) {
            String text = grid.text(r, c);
            int end = c;
            while (end + 1 < columns && (grid.sameCell(r, c, r, end + 1))) {
                end++;
            }
            if (!text.isEmpty()) {
                slots.add(new Slot(c, end, text, Words.key(text)));
            }
            c = end + 1;
        }
        return slots;
    }

    /** The budget columns a header row names: initial, annual, executed, rate, weight, score. */
    static Map<String, Slot> budgetRoles(List<Slot> slots, LayoutFamily family) {
        if (!anyContains(slots, "预算", "执行", "资金")) {
            return Map.of();
        }
        Map<String, Slot> roles = new LinkedHashMap<>();
        for (Slot slot : slots) {
            for (String role : List.of("initial", "annual", "executed", "rate", "weight", "score")) {
                if (!roles.containsKey(role) && Words.containsAny(slot.key, family.budgetColumns().getOrDefault(role, List.of()))
                        && !slot.key.contains("原因")) {
                    roles.put(role, slot);
                    break;
                }
            }
        }
        return roles;
    }

    /** The indicator columns a header row names; the actual value is looked for before the target (实际完成指标值 holds 指标值). */
    static Map<String, Slot> indicatorRoles(List<Slot> slots, LayoutFamily family) {
        if (!anyContains(slots, "指标", "名称") || !anyContains(slots, "分", "权重")) {
            return Map.of();
        }
        Map<String, Slot> roles = new LinkedHashMap<>();
        for (Slot slot : slots) {
            if (slot.key.length() > 20) {
                continue;
            }
            for (String role : List.of("level1", "level2", "name", "nature", "actual", "target", "unit", "weight", "score", "deviation")) {
                if (!roles.containsKey(role) && Words.containsAny(slot.key, family.columns().getOrDefault(role, List.of()))) {
                    roles.put(role, slot);
                    break;
                }
            }
        }
        return roles;
    }

    /** A quick test before matching a row against a family's header words: a header row holds one of these words. */
    private static boolean anyContains(List<Slot> slots, String... words) {
        for (Slot slot : slots) {
            if (slot.key.length() <= 40) {
                for (String word : words) {
                    if (slot.key.contains(word)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Finds the cells of the fields of one table, in the grids it was read from. */
    private record Locator(String firstPart, Map<Field, Pos> fields, List<Pos> rows, Map<String, int[]> columns, List<Pos> parts,
            List<Pos> sections) implements CellLocator {
        @Override
        public String cell(Field field, int index) {
            Pos pos = pos(field, index);
            if (pos == null) {
                return index >= 0 && index < rows.size() && rows.get(index) != null
                        ? label(rows.get(index)) + "第 " + (rows.get(index).row() + 1) + " 行" : null;
            }
            return label(pos) + pos.grid().address(pos.row(), pos.column());
        }

        @Override
        public Where where(Field field, int index) {
            Pos pos = pos(field, index);
            if (pos == null && index >= 0 && index < rows.size() && field.name().startsWith("INDICATOR")) {
                pos = rows.get(index);
                return pos.grid().where(pos.row(), 0);
            }
            return pos == null ? Where.NOWHERE : pos.grid().where(pos.row(), pos.column());
        }

        private String label(Pos pos) {
            return pos.part() == null || pos.part().equals(firstPart) ? "" : pos.part() + " ";
        }

        private Pos pos(Field field, int index) {
            if (field == Field.SECTION) {
                return index >= 0 && index < sections.size() ? sections.get(index) : null;
            }
            if (field.name().startsWith("INDICATOR_")) {
                if (index < 0 || index >= rows.size()) {
                    return null;
                }
                Pos row = rows.get(index);
                String role = switch (field) {
                    case INDICATOR_LEVEL1 -> "level1";
                    case INDICATOR_LEVEL2 -> "level2";
                    case INDICATOR_NAME -> "name";
                    case INDICATOR_TARGET -> "target";
                    case INDICATOR_ACTUAL -> "actual";
                    case INDICATOR_WEIGHT -> "weight";
                    case INDICATOR_SCORE -> "score";
                    default -> "deviation";
                };
                int[] span = columns.get(role);
                return span == null ? null : new Pos(row.grid(), row.part(), row.row(), span[0]);
            }
            if (index >= 0 && (field == Field.EXECUTION_RATE || field == Field.INITIAL || field == Field.ANNUAL || field == Field.EXECUTED)) {
                return index < parts.size() ? parts.get(index) : null;
            }
            return fields.get(field);
        }
    }
}
