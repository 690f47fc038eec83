package org.jixiao.formats.finalaccounts;

import static org.jixiao.formats.finalaccounts.WorkbookLayout.*;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.jixiao.formats.limits.LimitExceeded;
import org.jixiao.formats.limits.WorkbookLimits;
import org.jixiao.formats.limits.ZipLimits;

import org.jixiao.core.finalaccounts.BasicDetail;
import org.jixiao.core.finalaccounts.Column;
import org.jixiao.core.finalaccounts.EconomicRow;
import org.jixiao.core.finalaccounts.Facts;
import org.jixiao.core.finalaccounts.FinalAccounts.ReasonKey;
import org.jixiao.core.finalaccounts.FinalAccounts;
import org.jixiao.core.finalaccounts.FiscalSummary;
import org.jixiao.core.finalaccounts.FunctionTable;
import org.jixiao.core.finalaccounts.Layouts;
import org.jixiao.core.finalaccounts.PriorYear;
import org.jixiao.core.finalaccounts.RowIdentity;
import org.jixiao.core.finalaccounts.Subject;
import org.jixiao.core.finalaccounts.SubjectCatalogue;
import org.jixiao.core.finalaccounts.Summary;
import org.jixiao.core.finalaccounts.TableRow;
import org.jixiao.core.finalaccounts.ThreePublic;

/**
 * Reads the final-accounts workbook ({@link AccountsWorkbook}'s layout) into the same model as the YAML dataset. The
 * workbook is accepted whole or not at all: every problem is reported at once with file, sheet and cell.
 *
 * <p>Cells: a number (or a text that is a plain number, such as {@code 1,176.5}) is a printed figure, read from the
 * cell's stored text, not through a double; a formula in a cell the model computes (类/款 rows, 合计, subtotals) is
 * not read; a formula elsewhere gives its last computed value; a blank cell is a figure not printed. A row with a
 * subject code must carry at least one amount (0 when it is zero): a code row left blank is an error, never dropped.
 * Like the YAML reader, the arithmetic of the tables is left to the review, except for cells the model has no place
 * for (表1's 类 rows, 表4's and 表9's subtotals): a number typed there must agree with what it stands for.
 */
public final class AccountsWorkbookReader {
    private static final Pattern NUMBER_TEXT = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");
    private static final Pattern ECONOMIC_CODE = Pattern.compile("3[0-9]{2}([0-9]{2})?");
    /** Excel keeps 15 significant digits; a stored text with more is a binary-double artefact (6095.9399999999996). */
    private static final MathContext EXCEL_DIGITS = new MathContext(15);

    private final String file;
    private final Map<String, Map<Integer, Row>> sheets = new LinkedHashMap<>();
    private final Map<String, String> sheetNames = new HashMap<>();
    private final List<WorkbookProblem> errors = new ArrayList<>();
    /** Subject names by code, from the 科目名称 column of every table, with where each was first given. */
    private final TreeMap<String, String> subjectNames = new TreeMap<>();
    private final Map<String, String> subjectNameAt = new HashMap<>();

    private AccountsWorkbookReader(String file) {
        this.file = file;
    }

    public static boolean isWorkbook(Path file) {
        return file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx");
    }

    public static FinalAccounts read(Path path) throws WorkbookException {
        String name = path.getFileName() == null ? path.toString() : path.getFileName().toString();
        try (InputStream in = Files.newInputStream(path)) {
            return read(name, in);
        } catch (NoSuchFileException e) {
            throw new WorkbookException(List.of(new WorkbookProblem(name, null, null, "文件不存在")));
        } catch (IOException e) {
            throw new WorkbookException(List.of(new WorkbookProblem(name, null, null, "无法读取文件：" + org.jixiao.formats.limits.ReadFailure.describe(e))));
        }
    }

    public static FinalAccounts read(String file, InputStream in) throws WorkbookException {
        AccountsWorkbookReader reader = new AccountsWorkbookReader(file);
        WorkbookLimits limits = new WorkbookLimits();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(ZipLimits.readChecked(in)))) {
            for (Sheet sheet : workbook.getSheets().toList()) {
                limits.sheet();
                Map<Integer, Row> rows = new TreeMap<>();
                try (Stream<Row> stream = sheet.openStream()) {
                    stream.forEach(row -> {
                        limits.row(sheet.getName(), row.getCellCount());
                        rows.put(row.getRowNum(), row);
                    });
                }
                reader.sheets.put(sheet.getName(), rows);
            }
        } catch (LimitExceeded e) {
            throw new WorkbookException(List.of(new WorkbookProblem(file, null, null, "无法导入工作簿：" + e.getMessage())));
        } catch (IOException | RuntimeException e) {
            throw new WorkbookException(List.of(new WorkbookProblem(file, null, null,
                    "不是可读取的 Excel 工作簿（.xlsx）：" + org.jixiao.formats.limits.ReadFailure.describe(e)
                            + "。请用 jixiao accounts template 生成的工作簿填写，或在 Excel 中另存为 .xlsx")));
        }
        FinalAccounts accounts = reader.map();
        if (!reader.errors.isEmpty() || accounts == null) {
            throw new WorkbookException(reader.errors);
        }
        return accounts;
    }

    // ---- cells ----------------------------------------------------------------------------------------------------

    private void error(String sheet, String cell, String message) {
        errors.add(new WorkbookProblem(file, sheet, cell, message));
    }

    /** The rows of the sheet of a table, found by its short id (表5 …), or null after an error. */
    private Map<Integer, Row> sheet(String id, String fullName) {
        for (Map.Entry<String, Map<Integer, Row>> e : sheets.entrySet()) {
            String name = e.getKey().strip();
            if (name.equals(id) || name.equals(fullName)
                    || name.startsWith(id) && name.length() > id.length() && !Character.isDigit(name.charAt(id.length()))) {
                sheetNames.put(id, e.getKey());
                return e.getValue();
            }
        }
        error(id, null, "缺少工作表“" + fullName + "”：请用 jixiao accounts template 生成的工作簿填写，不要删除或改名工作表");
        return null;
    }

    private static Optional<Cell> cellAt(Map<Integer, Row> rows, int row, int column) {
        Row r = rows.get(row);
        if (r == null || column >= r.getCellCount()) {
            return Optional.empty();
        }
        return r.getOptionalCell(column);
    }

    /** The text of a cell, stripped; "" when blank. Numbers give their stored text. */
    private static String text(Map<Integer, Row> rows, int row, int column) {
        Optional<Cell> cell = cellAt(rows, row, column);
        if (cell.isEmpty()) {
            return "";
        }
        Cell c = cell.get();
        String raw = c.getType() == CellType.STRING || c.getType() == CellType.NUMBER || c.getType() == CellType.FORMULA
                ? c.getRawValue() : c.getText();
        return raw == null ? "" : raw.strip();
    }

    private static boolean isBlank(Map<Integer, Row> rows, int row, int column) {
        Optional<Cell> cell = cellAt(rows, row, column);
        return cell.isEmpty() || cell.get().getType() == CellType.EMPTY && cell.get().getFormula() == null
                || cell.get().getType() == CellType.STRING && (cell.get().getRawValue() == null || cell.get().getRawValue().isBlank());
    }

    private static boolean isFormula(Map<Integer, Row> rows, int row, int column) {
        return cellAt(rows, row, column).map(c -> c.getFormula() != null && !c.getFormula().isBlank()).orElse(false);
    }

    /**
     * An amount. {@code computed}: the model computes this cell, so a formula in it is not read (null). Blank: null.
     * Errors (text, negative, a formula without a value) are recorded and give null.
     */
    private BigDecimal amount(String sheet, Map<Integer, Row> rows, int row, int column, boolean computed, String what) {
        return value(sheet, rows, row, column, computed, what, "数字（万元）");
    }

    private BigDecimal value(String sheet, Map<Integer, Row> rows, int row, int column, boolean computed, String what, String expected) {
        if (isBlank(rows, row, column)) {
            return null;
        }
        Cell c = cellAt(rows, row, column).orElseThrow();
        String at = cell(column, row);
        String raw;
        if (c.getFormula() != null && !c.getFormula().isBlank()) {
            if (computed) {
                return null;
            }
            raw = c.getRawValue();
            if (raw == null || raw.isBlank()) {
                error(sheet, at, what + "：公式“=" + c.getFormula() + "”没有计算结果。请直接填数字，或在 Excel 中打开并保存后再导入");
                return null;
            }
        } else {
            raw = c.getRawValue();
        }
        BigDecimal value = parse(c.getType(), raw == null ? "" : raw.strip());
        if (value == null) {
            error(sheet, at, what + "：应为" + expected + "，实际为“" + c.getText() + "”");
            return null;
        }
        if (value.signum() < 0) {
            error(sheet, at, what + "：不能为负数，实际为 " + show(value));
            return null;
        }
        return value;
    }

    /** An amount in a message: {@code 5}, not {@code 5.0}. */
    static String show(BigDecimal value) {
        return FinalAccountsWriter.plain(value).toPlainString();
    }

    /** A stored number exactly; a text only when it is a plain number, thousands separators allowed. */
    static BigDecimal parse(CellType type, String raw) {
        if (raw.isEmpty()) {
            return null;
        }
        if (type == CellType.STRING) {
            String s = raw.replace(",", "").replace("，", "").strip();
            return NUMBER_TEXT.matcher(s).matches() ? new BigDecimal(s) : null;
        }
        try {
            BigDecimal value = new BigDecimal(raw);
            if (value.precision() > 15) {
                value = value.round(EXCEL_DIGITS).stripTrailingZeros();
                if (value.scale() < 0) {
                    value = value.setScale(0);
                }
            }
            return value;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private Integer count(String sheet, Map<Integer, Row> rows, int row, int column, String what) {
        BigDecimal value = value(sheet, rows, row, column, false, what, "整数");
        if (value == null) {
            return null;
        }
        try {
            return value.intValueExact();
        } catch (ArithmeticException e) {
            error(sheet, cell(column, row), what + "：应为整数，实际为 " + show(value));
            return null;
        }
    }

    private void expectHeader(String sheet, Map<Integer, Row> rows, int row, List<String> titles, int from) {
        for (int i = 0; i < titles.size(); i++) {
            String actual = text(rows, row, from + i);
            if (!normalize(actual).equals(normalize(titles.get(i)))) {
                error(sheet, cell(from + i, row), "栏目应为“" + titles.get(i) + "”，实际为“" + actual
                        + "”：表格式不对，请用 jixiao accounts template 生成的工作簿填写，不要插入、删除或移动栏目");
            }
        }
    }

    private static String normalize(String label) {
        return label.replaceAll("[\\s\\u3000]", "");
    }

    // ---- the model ------------------------------------------------------------------------------------------------

    private FinalAccounts map() {
        if (sheets.isEmpty()) {
            error(null, null, "工作簿中没有工作表");
            return null;
        }
        Map<String, BigDecimal> initialBudgets = new LinkedHashMap<>();
        Map<String, String> itemReasons = new LinkedHashMap<>();
        FunctionTable income = functionTable(T2, Layouts.TABLE2, Layouts.sumOfRest(Layouts.TABLE2), null, null);
        FunctionTable expenditure = functionTable(T3, Layouts.TABLE3, Layouts.sumOfRest(Layouts.TABLE3), null, null);
        FunctionTable general = functionTable(T5, Layouts.BASIC_PROJECT, Layouts.sumOfRest(Layouts.BASIC_PROJECT), initialBudgets, itemReasons);
        FunctionTable fund = functionTable(T7, Layouts.TABLE7, Layouts.TABLE7_IDENTITY, null, null);
        FunctionTable capital = functionTable(T8, Layouts.BASIC_PROJECT, Layouts.sumOfRest(Layouts.BASIC_PROJECT), null, null);
        Summary summary = table1(expenditure);
        FiscalSummary fiscal = table4();
        BasicDetail detail = table6();
        ThreePublic.Amounts[] three = table9();
        Map<String, Object> facts = factSheet();
        Facts.Performance performance = performance(facts);
        if (!errors.isEmpty()) {
            return null;
        }
        List<Subject> subjects = new ArrayList<>();
        subjectNames.forEach((code, name) -> subjects.add(new Subject(code, name)));
        String department = (String) facts.get(DEPARTMENT);
        String shortName = (String) facts.getOrDefault(DEPARTMENT_SHORT, department);
        FinalAccounts.Meta meta = new FinalAccounts.Meta(department, shortName, (Integer) facts.get(YEAR));
        Map<String, BigDecimal> priorIncome = new LinkedHashMap<>();
        Layouts.INCOME_ITEMS.forEach(c -> putIfPresent(priorIncome, c.key(), (BigDecimal) facts.get(priorLabel(c))));
        Map<String, BigDecimal> priorExpenditure = new LinkedHashMap<>();
        Layouts.TABLE3.forEach(c -> putIfPresent(priorExpenditure, c.key(), (BigDecimal) facts.get(priorLabel(c))));
        PriorYear prior = new PriorYear((BigDecimal) facts.get(PRIOR_GRAND), priorIncome, priorExpenditure,
                (BigDecimal) facts.get(PRIOR_FISCAL_GRAND), (BigDecimal) facts.get(PRIOR_GENERAL));
        int[] n = COUNT_LABELS.stream().mapToInt(label -> (Integer) facts.getOrDefault(label, 0)).toArray();
        ThreePublic threePublic = new ThreePublic(three[0], three[1],
                new ThreePublic.Counts(n[0], n[1], n[2], n[3], n[4], n[5], n[6], n[7], n[8], n[9]));
        Facts.OfficeRunning office = new Facts.OfficeRunning(zero(facts.get(OFFICE_BUDGET)), zero(facts.get(OFFICE_ACTUAL)));
        BigDecimal[] p = PROCUREMENT_LABELS.stream().map(label -> zero(facts.get(label))).toArray(BigDecimal[]::new);
        Facts.Procurement procurement = new Facts.Procurement(p[0], p[1], p[2], p[3], p[4], p[5], p[6]);
        Map<String, Integer> vehicles = new LinkedHashMap<>();
        FinalAccountsReader.VEHICLE_TYPES.values().forEach(type -> vehicles.put(type, (Integer) facts.getOrDefault(vehicleLabel(type), 0)));
        Facts.Assets assets = new Facts.Assets(vehicles, (Integer) facts.getOrDefault(LARGE_EQUIPMENT, 0));
        Map<ReasonKey, String> reasons = new EnumMap<>(ReasonKey.class);
        for (ReasonKey key : ReasonKey.values()) {
            String reason = (String) facts.get(key.description());
            if (reason != null) {
                reasons.put(key, reason);
            }
        }
        return new FinalAccounts(meta, new SubjectCatalogue(subjects), summary, income, expenditure, fiscal, general, initialBudgets,
                itemReasons, detail, fund, capital, threePublic, prior, office, procurement, assets, performance, reasons);
    }

    private static <V> void putIfPresent(Map<String, V> map, String key, V value) {
        if (value != null) {
            map.put(key, value);
        }
    }

    private static BigDecimal zero(Object value) {
        return value == null ? BigDecimal.ZERO : (BigDecimal) value;
    }

    // ---- 表2, 3, 5, 7, 8 ------------------------------------------------------------------------------------------

    private FunctionTable functionTable(Table t, List<Column> columns, RowIdentity identity, Map<String, BigDecimal> initialBudgets,
            Map<String, String> itemReasons) {
        Map<Integer, Row> rows = sheet(t.id(), t.sheet());
        if (rows == null) {
            return FunctionTable.empty(t.id(), t.title(), columns, identity);
        }
        String id = t.id();
        List<String> titles = new ArrayList<>(List.of(CODE, NAME));
        columns.forEach(c -> titles.add(c.label()));
        boolean budget = initialBudgets != null;
        if (budget) {
            titles.add(INITIAL_BUDGET);
            titles.add(ITEM_REASON);
        }
        int before = errors.size();
        expectHeader(id, rows, HEADER_ROW, titles, 0);
        if (errors.size() > before) {
            return FunctionTable.empty(t.id(), t.title(), columns, identity);
        }
        int width = titles.size();
        List<TableRow> tableRows = new ArrayList<>();
        Map<String, BigDecimal> total = new LinkedHashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        boolean totalSeen = false;
        for (int r : rows.keySet()) {
            if (r <= HEADER_ROW) {
                continue;
            }
            String code = text(rows, r, 0);
            boolean rowBlank = true;
            for (int c = 0; c < width; c++) {
                rowBlank &= isBlank(rows, r, c);
            }
            if (rowBlank) {
                continue;
            }
            if (normalize(code).equals(TOTAL_LABEL) || code.isEmpty() && normalize(text(rows, r, 1)).equals(TOTAL_LABEL)) {
                if (totalSeen) {
                    error(id, cell(0, r), "合计行出现了两次");
                    continue;
                }
                totalSeen = true;
                for (int i = 0; i < columns.size(); i++) {
                    putIfPresent(total, columns.get(i).key(), amount(id, rows, r, 2 + i, true, "合计行“" + columns.get(i).label() + "”"));
                }
                continue;
            }
            if (code.isEmpty()) {
                error(id, cell(0, r), "第 " + r + " 行填了内容但没有科目编码：每行须在A列填支出功能分类科目编码（类3位、款5位、项7位）");
                continue;
            }
            Subject.Level level = Subject.level(code);
            if (level == null) {
                error(id, cell(0, r), "科目编码“" + code + "”不是支出功能分类科目编码：应为 3 位（类）、5 位（款）或 7 位（项）数字");
                continue;
            }
            if (level == Subject.Level.CLASS && (code.compareTo("201") < 0 || code.compareTo("234") > 0)) {
                error(id, cell(0, r), "科目编码“" + code + "”不是支出功能分类的类级科目：类级编码在 201（一般公共服务支出）至 234 之间");
                continue;
            }
            String parent = Subject.parentCode(code);
            if (parent != null && !seen.containsKey(parent)) {
                error(id, cell(0, r), "科目编码“" + code + "”的上级" + Subject.level(parent).label() + "“" + parent
                        + "”不在本表中：类、款、项要依次列出，上级科目写在下级之前");
                continue;
            }
            if (seen.putIfAbsent(code, r) != null) {
                error(id, cell(0, r), "科目编码“" + code + "”重复（第一次在第 " + seen.get(code) + " 行）");
                continue;
            }
            String name = text(rows, r, 1);
            if (name.isEmpty()) {
                error(id, cell(1, r), "科目“" + code + "”缺少科目名称");
            } else if (subjectNames.containsKey(code) && !subjectNames.get(code).equals(name)) {
                error(id, cell(1, r), "科目“" + code + "”的名称“" + name + "”与 " + subjectNameAt.get(code) + " 的“"
                        + subjectNames.get(code) + "”不一致");
            } else if (!subjectNames.containsKey(code)) {
                subjectNames.put(code, name);
                subjectNameAt.put(code, id + "!" + cell(1, r));
            }
            Map<String, BigDecimal> values = new LinkedHashMap<>();
            boolean anything = false;
            for (int i = 0; i < columns.size(); i++) {
                String key = columns.get(i).key();
                boolean computed = level != Subject.Level.ITEM || identity != null && identity.result().equals(key);
                anything |= !isBlank(rows, r, 2 + i);
                putIfPresent(values, key, amount(id, rows, r, 2 + i, computed, "科目“" + code + "”的“" + columns.get(i).label() + "”"));
            }
            if (!anything) {
                error(id, cell(2, r), "科目“" + code + " " + name + "”一个金额也没有填：金额为零请填 0（整行空白不会被当作零）");
            }
            if (budget) {
                int bc = 2 + columns.size();
                BigDecimal initial = amount(id, rows, r, bc, false, "科目“" + code + "”的年初预算数");
                String reason = text(rows, r, bc + 1);
                if (level != Subject.Level.ITEM && (initial != null || !reason.isEmpty())) {
                    error(id, cell(initial != null ? bc : bc + 1, r), "年初预算数和差异原因按项级科目填写；“" + code + "”不是项级科目");
                } else {
                    putIfPresent(initialBudgets, code, initial);
                    if (!reason.isEmpty()) {
                        itemReasons.put(code, reason);
                    }
                }
            }
            if (level != Subject.Level.ITEM && values.isEmpty()) {
                continue; // a 类 or 款 row of formulas: computed from its 项, as when a dataset leaves it out
            }
            tableRows.add(new TableRow(code, values));
        }
        return new FunctionTable(t.id(), t.title(), columns, identity, tableRows, total);
    }

    // ---- 表1 ------------------------------------------------------------------------------------------------------

    private Summary table1(FunctionTable expenditure) {
        Map<Integer, Row> rows = sheet(T1.id(), T1.sheet());
        if (rows == null) {
            return new Summary(Map.of(), null, null, null, null, null, null, null, null);
        }
        String id = T1.id();
        int before = errors.size();
        expectHeader(id, rows, HEADER_ROW, List.of("项目（收入）", "金额", "项目（支出）", "金额"), 0);
        if (errors.size() > before) {
            return new Summary(Map.of(), null, null, null, null, null, null, null, null);
        }
        Map<String, String> sourceByLabel = new HashMap<>();
        Layouts.INCOME_SOURCES.forEach(c -> sourceByLabel.put(c.label(), c.key()));
        Map<String, BigDecimal> income = new LinkedHashMap<>();
        Map<String, BigDecimal> fields = new HashMap<>();
        List<String> incomeFields = List.of(T1_INCOME_TOTAL, T1_USE_OF_BALANCE, T1_OPENING, T1_INCOME_GRAND);
        List<String> expenditureFields = List.of(T1_EXPENDITURE_TOTAL, T1_SURPLUS, T1_CLOSING, T1_EXPENDITURE_GRAND);
        Map<String, String> classByName = new HashMap<>();
        for (String code : expenditure.codesAt(Subject.Level.CLASS)) {
            classByName.put(subjectNames.getOrDefault(code, code), code);
        }
        for (int r : rows.keySet()) {
            if (r <= HEADER_ROW) {
                continue;
            }
            String left = stripNumbering(text(rows, r, 0));
            if (sourceByLabel.containsKey(left)) {
                putIfPresent(income, sourceByLabel.get(left), amount(id, rows, r, 1, false, left));
            } else if (incomeFields.contains(left)) {
                boolean computed = left.equals(T1_INCOME_TOTAL) || left.equals(T1_INCOME_GRAND);
                putIfPresent(fields, left, amount(id, rows, r, 1, computed, left));
            } else if (!left.isEmpty()) {
                error(id, cell(0, r), "不认识的收入项目“" + left + "”：收入一侧只有八项收入来源、本年收入合计、使用非财政拨款结余、年初结转和结余、收入总计");
            } else if (!isBlank(rows, r, 1)) {
                error(id, cell(1, r), "填了金额但A列没有项目名称");
            }
            String right = stripNumbering(text(rows, r, 2));
            if (expenditureFields.contains(right)) {
                boolean computed = right.equals(T1_EXPENDITURE_TOTAL) || right.equals(T1_EXPENDITURE_GRAND);
                putIfPresent(fields, right, amount(id, rows, r, 3, computed, right));
            } else if (!right.isEmpty()) {
                BigDecimal typed = amount(id, rows, r, 3, true, right);
                if (typed != null) {
                    String code = classByName.get(right);
                    if (code == null) {
                        error(id, cell(3, r), "“" + right + "”不是表3中的类级科目：表1 支出一侧的类级科目取自表3，请在表3中填列");
                    } else if (typed.compareTo(expenditure.value(code, Layouts.TOTAL)) != 0) {
                        error(id, cell(3, r), "“" + right + "”填的 " + show(typed) + " 与表3 该类的本年支出合计 "
                                + show(expenditure.value(code, Layouts.TOTAL)) + " 不一致：表1 的类级科目取自表3，请改正表3或恢复公式");
                    }
                }
            } else if (!isBlank(rows, r, 3)) {
                error(id, cell(3, r), "填了金额但C列没有项目名称");
            }
        }
        return new Summary(income, fields.get(T1_INCOME_TOTAL), fields.get(T1_USE_OF_BALANCE), fields.get(T1_OPENING),
                fields.get(T1_INCOME_GRAND), fields.get(T1_EXPENDITURE_TOTAL), fields.get(T1_SURPLUS), fields.get(T1_CLOSING),
                fields.get(T1_EXPENDITURE_GRAND));
    }

    // ---- 表4 ------------------------------------------------------------------------------------------------------

    private FiscalSummary table4() {
        Map<Integer, Row> rows = sheet(T4.id(), T4.sheet());
        FiscalSummary empty = new FiscalSummary(Map.of(), Map.of(), Map.of(), Map.of(), null, null);
        if (rows == null) {
            return empty;
        }
        String id = T4.id();
        int before = errors.size();
        expectHeader(id, rows, HEADER_ROW, List.of("项目（收入）", "金额", "项目（支出）", "金额"), 0);
        int first = HEADER_ROW + 1;
        for (int i = 0; i < T4_INCOME_LABELS.size(); i++) {
            checkLabel(id, rows, first + i, 0, T4_INCOME_LABELS.get(i));
            checkLabel(id, rows, first + i, 2, T4_EXPENDITURE_LABELS.get(i));
        }
        if (errors.size() > before) {
            return empty;
        }
        Map<String, BigDecimal> income = new LinkedHashMap<>();
        Map<String, BigDecimal> opening = new LinkedHashMap<>();
        Map<String, BigDecimal> expenditure = new LinkedHashMap<>();
        Map<String, BigDecimal> closing = new LinkedHashMap<>();
        for (int k = 0; k < Layouts.FISCAL_KINDS.size(); k++) {
            Column kind = Layouts.FISCAL_KINDS.get(k);
            putIfPresent(income, kind.key(), amount(id, rows, first + k, 1, false, kind.label() + "收入"));
            putIfPresent(expenditure, kind.key(), amount(id, rows, first + k, 3, false, kind.label() + "支出"));
            putIfPresent(opening, kind.key(), amount(id, rows, first + 5 + k, 1, false, "年初" + kind.label() + "结转和结余"));
            putIfPresent(closing, kind.key(), amount(id, rows, first + 5 + k, 3, false, "年末" + kind.label() + "结转和结余"));
        }
        subtotal(id, rows, first + 3, 1, sum(income), "本年收入合计（三项财政拨款收入之和）");
        subtotal(id, rows, first + 3, 3, sum(expenditure), "本年支出合计（三项财政拨款支出之和）");
        subtotal(id, rows, first + 4, 1, sum(opening), "年初财政拨款结转和结余（下列三项之和）");
        subtotal(id, rows, first + 4, 3, sum(closing), "年末财政拨款结转和结余（下列三项之和）");
        return new FiscalSummary(income, opening, expenditure, closing, amount(id, rows, first + 8, 1, true, "收入总计"),
                amount(id, rows, first + 8, 3, true, "支出总计"));
    }

    private static BigDecimal sum(Map<String, BigDecimal> values) {
        return values.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private void checkLabel(String id, Map<Integer, Row> rows, int row, int column, String expected) {
        String actual = text(rows, row, column);
        if (!normalize(actual).equals(normalize(expected))) {
            error(id, cell(column, row), "此处应为“" + expected.strip() + "”，实际为“" + actual
                    + "”：表格式不对，请用 jixiao accounts template 生成的工作簿填写，不要插入或删除行");
        }
    }

    /** A subtotal the model has no place for: a formula or blank is fine; a number must equal its parts. */
    private void subtotal(String id, Map<Integer, Row> rows, int row, int column, BigDecimal parts, String what) {
        BigDecimal typed = amount(id, rows, row, column, true, what);
        if (typed != null && typed.compareTo(parts) != 0) {
            error(id, cell(column, row), what + "填的 " + show(typed) + " 与各项之和 " + show(parts)
                    + " 不一致：此格由各项计算，请改正各项或恢复公式");
        }
    }

    // ---- 表6 ------------------------------------------------------------------------------------------------------

    private BasicDetail table6() {
        Map<Integer, Row> rows = sheet(T6.id(), T6.sheet());
        BasicDetail empty = new BasicDetail(List.of(), null, null);
        if (rows == null) {
            return empty;
        }
        String id = T6.id();
        int before = errors.size();
        expectHeader(id, rows, HEADER_ROW, List.of(T6_PERSONNEL), 0);
        expectHeader(id, rows, HEADER_ROW, List.of(T6_PUBLIC), 3);
        expectHeader(id, rows, T6_SUBHEADER_ROW, List.of(CODE, NAME, T6_AMOUNT, CODE, NAME, T6_AMOUNT), 0);
        if (errors.size() > before) {
            return empty;
        }
        List<EconomicRow> personnel = new ArrayList<>();
        List<EconomicRow> pub = new ArrayList<>();
        BigDecimal personnelTotal = null;
        BigDecimal publicTotal = null;
        boolean totalsSeen = false;
        for (int r : rows.keySet()) {
            if (r <= T6_SUBHEADER_ROW) {
                continue;
            }
            if (normalize(text(rows, r, 0)).equals(T6_PERSONNEL_TOTAL) || normalize(text(rows, r, 3)).equals(T6_PUBLIC_TOTAL)) {
                if (totalsSeen) {
                    error(id, cell(0, r), "合计行出现了两次");
                    continue;
                }
                totalsSeen = true;
                checkLabel(id, rows, r, 0, T6_PERSONNEL_TOTAL);
                checkLabel(id, rows, r, 3, T6_PUBLIC_TOTAL);
                personnelTotal = amount(id, rows, r, 2, true, T6_PERSONNEL_TOTAL);
                publicTotal = amount(id, rows, r, 5, true, T6_PUBLIC_TOTAL);
                continue;
            }
            if (totalsSeen && !(isBlank(rows, r, 0) && isBlank(rows, r, 1) && isBlank(rows, r, 2) && isBlank(rows, r, 3)
                    && isBlank(rows, r, 4) && isBlank(rows, r, 5))) {
                error(id, cell(0, r), "合计行之下不能再填明细：请把这一行移到合计行之上");
                continue;
            }
            economicRow(id, rows, r, 0, true, personnel);
            economicRow(id, rows, r, 3, false, pub);
        }
        List<EconomicRow> all = new ArrayList<>(personnel);
        all.addAll(pub);
        return new BasicDetail(all, personnelTotal, publicTotal);
    }

    private void economicRow(String id, Map<Integer, Row> rows, int r, int column, boolean personnel, List<EconomicRow> out) {
        if (isBlank(rows, r, column) && isBlank(rows, r, column + 1) && isBlank(rows, r, column + 2)) {
            return;
        }
        String side = personnel ? T6_PERSONNEL : T6_PUBLIC;
        String code = text(rows, r, column);
        String name = text(rows, r, column + 1);
        if (code.isEmpty()) {
            error(id, cell(column, r), side + "：第 " + r + " 行缺少经济分类科目编码");
            return;
        }
        if (!ECONOMIC_CODE.matcher(code).matches()) {
            error(id, cell(column, r), side + "：经济分类科目编码“" + code + "”应为 3 位或 5 位数字，以 3 开头（如 30101 基本工资）");
            return;
        }
        if (EconomicRow.isPersonnelCode(code) != personnel) {
            error(id, cell(column, r), "经济分类“" + code + " " + name + "”属于" + (personnel ? "公用经费（302、310 等），请填在右边三栏"
                    : "人员经费（301 工资福利支出、303 对个人和家庭的补助），请填在左边三栏"));
            return;
        }
        if (name.isEmpty()) {
            error(id, cell(column + 1, r), side + "：经济分类“" + code + "”缺少科目名称");
        }
        if (isBlank(rows, r, column + 2)) {
            error(id, cell(column + 2, r), side + "：经济分类“" + code + " " + name + "”缺少决算数（为零请填 0）");
            return;
        }
        BigDecimal amount = amount(id, rows, r, column + 2, false, side + "“" + code + " " + name + "”的决算数");
        if (amount != null && !name.isEmpty()) {
            out.add(new EconomicRow(code, name, amount, personnel));
        }
    }

    // ---- 表9 ------------------------------------------------------------------------------------------------------

    private ThreePublic.Amounts[] table9() {
        Map<Integer, Row> rows = sheet(T9.id(), T9.sheet());
        ThreePublic.Amounts none = new ThreePublic.Amounts(null, null, null, null, null, null);
        if (rows == null) {
            return new ThreePublic.Amounts[] {none, none};
        }
        String id = T9.id();
        int before = errors.size();
        List<String> titles = new ArrayList<>(List.of("项目"));
        titles.addAll(T9_COLUMNS);
        expectHeader(id, rows, HEADER_ROW, titles, 0);
        checkLabel(id, rows, HEADER_ROW + 1, 0, T9_BUDGET);
        checkLabel(id, rows, HEADER_ROW + 2, 0, T9_ACTUAL);
        if (errors.size() > before) {
            return new ThreePublic.Amounts[] {none, none};
        }
        return new ThreePublic.Amounts[] {threePublicRow(id, rows, HEADER_ROW + 1), threePublicRow(id, rows, HEADER_ROW + 2)};
    }

    private ThreePublic.Amounts threePublicRow(String id, Map<Integer, Row> rows, int r) {
        String label = text(rows, r, 0);
        BigDecimal overseas = amount(id, rows, r, 2, false, label + "因公出国（境）费");
        BigDecimal purchase = amount(id, rows, r, 4, false, label + "公务用车购置费");
        BigDecimal operation = amount(id, rows, r, 5, false, label + "公务用车运行维护费");
        BigDecimal domestic = amount(id, rows, r, 7, false, label + "国内公务接待费");
        BigDecimal foreign = amount(id, rows, r, 8, false, label + "国（境）外公务接待费");
        subtotal(id, rows, r, 3, zero(purchase).add(zero(operation)), label + "公务用车购置及运行维护费（小计）");
        subtotal(id, rows, r, 6, zero(domestic).add(zero(foreign)), label + "公务接待费（小计）");
        return new ThreePublic.Amounts(overseas, purchase, operation, domestic, foreign, amount(id, rows, r, 1, true, label + "合计"));
    }

    // ---- 情况说明资料 ----------------------------------------------------------------------------------------------

    private Map<String, Object> factSheet() {
        Map<String, Object> values = new HashMap<>();
        Map<Integer, Row> rows = sheet(FACTS_SHEET, FACTS_SHEET);
        if (rows == null) {
            return values;
        }
        String id = FACTS_SHEET;
        int before = errors.size();
        expectHeader(id, rows, HEADER_ROW, List.of("项目", "内容", "说明"), 0);
        if (errors.size() > before) {
            return values;
        }
        Map<String, Fact> byLabel = new LinkedHashMap<>();
        facts().forEach(f -> byLabel.put(normalize(f.label()), f));
        Map<String, Integer> found = new HashMap<>();
        for (int r : rows.keySet()) {
            if (r <= HEADER_ROW) {
                continue;
            }
            String label = text(rows, r, 0);
            Fact fact = byLabel.get(normalize(label));
            if (fact == null) {
                if (!label.isEmpty() || !isBlank(rows, r, 1)) {
                    error(id, cell(label.isEmpty() ? 1 : 0, r), label.isEmpty() ? "填了内容但A列没有项目名称"
                            : "不认识的项目“" + label + "”：A列的项目名称不要改动（可用的项目见 jixiao accounts template 生成的工作簿）");
                }
                continue;
            }
            if (found.putIfAbsent(fact.label(), r) != null) {
                error(id, cell(0, r), "项目“" + fact.label() + "”出现了两次（第一次在第 " + found.get(fact.label()) + " 行）");
                continue;
            }
            if (fact.kind() == Kind.SECTION) {
                if (!isBlank(rows, r, 1)) {
                    error(id, cell(1, r), "“" + fact.label() + "”是小标题，B列不填内容");
                }
                continue;
            }
            if (isBlank(rows, r, 1)) {
                if (fact.required()) {
                    error(id, cell(1, r), "缺少“" + fact.label() + "”（必填）" + (fact.note().isEmpty() ? "" : "：" + fact.note()));
                }
                continue;
            }
            switch (fact.kind()) {
                case TEXT -> values.put(fact.label(), text(rows, r, 1));
                case AMOUNT -> putIfPresent(values, fact.label(), amount(id, rows, r, 1, false, fact.label()));
                case COUNT -> putIfPresent(values, fact.label(), count(id, rows, r, 1, fact.label()));
                case YEAR -> {
                    Integer year = count(id, rows, r, 1, fact.label());
                    if (year != null && (year < 1990 || year > 2100)) {
                        error(id, cell(1, r), "决算年度应为 1990—2100 之间的年份，实际为 " + year);
                    } else {
                        putIfPresent(values, fact.label(), year);
                    }
                }
                default -> throw new IllegalStateException(fact.kind().name());
            }
        }
        for (Fact fact : facts()) {
            if (fact.required() && !found.containsKey(fact.label())) {
                error(id, null, "缺少“" + fact.label() + "”一行（必填）：A列的项目不要删除");
            }
        }
        return values;
    }

    // ---- 绩效自评 --------------------------------------------------------------------------------------------------

    private Facts.Performance performance(Map<String, Object> facts) {
        String level = (String) facts.getOrDefault(PERF_LEVEL, "本级");
        BigDecimal amount = zero(facts.get(PERF_AMOUNT));
        BigDecimal base = zero(facts.get(PERF_BASE));
        String remarks = (String) facts.get(PERF_REMARKS);
        Map<Integer, Row> rows = sheet(PERFORMANCE_SHEET, PERFORMANCE_SHEET);
        List<Facts.ProjectResult> results = new ArrayList<>();
        List<Facts.ProjectSummary> summaries = new ArrayList<>();
        List<Facts.DepartmentEvaluation> evaluations = new ArrayList<>();
        List<String> transfers = new ArrayList<>();
        List<String> keyEvaluations = new ArrayList<>();
        if (rows != null) {
            String id = PERFORMANCE_SHEET;
            Map<String, Block> byTitle = new HashMap<>();
            BLOCKS.forEach(b -> byTitle.put(b.title(), b));
            Block current = null;
            boolean expectHeader = false;
            for (int r : rows.keySet()) {
                if (r < 3) {
                    continue;
                }
                String first = text(rows, r, 0);
                int width = current == null ? 7 : current.headers().size();
                boolean blank = true;
                for (int c = 0; c < Math.max(width, 7); c++) {
                    blank &= isBlank(rows, r, c);
                }
                if (blank) {
                    continue;
                }
                if (byTitle.containsKey(normalize(first))) {
                    current = byTitle.get(normalize(first));
                    expectHeader = true;
                    continue;
                }
                if (current == null) {
                    error(id, cell(0, r), "这一行不在任何小标题之下：请填在“项目自评结果”等小标题的栏目行之下");
                    continue;
                }
                if (expectHeader) {
                    expectHeader(id, rows, r, current.headers(), 0);
                    expectHeader = false;
                    continue;
                }
                String what = current.title() + "“" + first + "”";
                if (first.isEmpty()) {
                    error(id, cell(0, r), current.title() + "：第 " + r + " 行缺少" + current.headers().get(0));
                    continue;
                }
                if (current == RESULTS) {
                    BigDecimal score = score(id, rows, r, 1, what);
                    String grade = required(id, rows, r, 2, what, "自评等级");
                    if (score != null && grade != null) {
                        results.add(new Facts.ProjectResult(first, score, grade));
                    }
                } else if (current == SUMMARIES) {
                    BigDecimal score = score(id, rows, r, 1, what);
                    BigDecimal budget = requiredAmount(id, rows, r, 2, what + "的全年预算数");
                    BigDecimal executed = requiredAmount(id, rows, r, 3, what + "的全年执行数");
                    if (score != null && budget != null && executed != null) {
                        summaries.add(new Facts.ProjectSummary(first, score, budget, executed, optional(rows, r, 4), optional(rows, r, 5),
                                optional(rows, r, 6)));
                    }
                } else if (current == EVALUATIONS) {
                    BigDecimal money = requiredAmount(id, rows, r, 1, what + "的涉及资金");
                    BigDecimal score = score(id, rows, r, 2, what);
                    String grade = required(id, rows, r, 3, what, "评价等级");
                    if (money != null && score != null && grade != null) {
                        evaluations.add(new Facts.DepartmentEvaluation(first, money, score, grade));
                    }
                } else if (current == TRANSFERS) {
                    transfers.add(first);
                } else {
                    keyEvaluations.add(first);
                }
            }
        }
        return new Facts.Performance(level, amount, base, results, summaries, evaluations, remarks, transfers, keyEvaluations);
    }

    private static String optional(Map<Integer, Row> rows, int r, int c) {
        String s = text(rows, r, c);
        return s.isEmpty() ? null : s;
    }

    private String required(String id, Map<Integer, Row> rows, int r, int c, String what, String field) {
        String s = text(rows, r, c);
        if (s.isEmpty()) {
            error(id, cell(c, r), what + "缺少" + field);
            return null;
        }
        return s;
    }

    private BigDecimal requiredAmount(String id, Map<Integer, Row> rows, int r, int c, String what) {
        if (isBlank(rows, r, c)) {
            error(id, cell(c, r), what + "：必填（为零请填 0）");
            return null;
        }
        return amount(id, rows, r, c, false, what);
    }

    private BigDecimal score(String id, Map<Integer, Row> rows, int r, int c, String what) {
        if (isBlank(rows, r, c)) {
            error(id, cell(c, r), what + "缺少得分");
            return null;
        }
        BigDecimal score = amount(id, rows, r, c, false, what + "的得分");
        if (score != null && score.compareTo(BigDecimal.valueOf(100)) > 0) {
            error(id, cell(c, r), what + "的得分应在 0—100 之间，实际为 " + show(score));
            return null;
        }
        return score;
    }
}
