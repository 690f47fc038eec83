package org.jixiao.formats.selfeval;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.jixiao.core.review.Finding;
import org.jixiao.core.review.Location;
import org.jixiao.core.review.Severity;
import org.jixiao.core.selfeval.BudgetBlock;
import org.jixiao.core.selfeval.CellLocator;
import org.jixiao.core.selfeval.Field;
import org.jixiao.core.selfeval.FundRow;
import org.jixiao.core.selfeval.IndicatorRow;
import org.jixiao.core.selfeval.SelfEvalTable;
import org.jixiao.core.selfeval.Source;
import org.jixiao.core.selfeval.SummaryRow;
import org.jixiao.core.targets.Operator;
import org.jixiao.core.targets.QualitativeResult;
import org.jixiao.core.targets.Target;
import org.jixiao.formats.limits.LimitExceeded;
import org.jixiao.formats.limits.WorkbookLimits;
import org.jixiao.formats.limits.ZipLimits;

/**
 * Reads one self-evaluation workbook with a streaming reader (fastexcel-reader): table sheets in the printed layout,
 * the flat 批量录入 sheet and the 汇总表. A workbook is accepted whole or not at all: when any cell is wrong, the result
 * holds no table and every problem found, each with workbook, sheet, cell and what was expected. Nothing is skipped
 * silently: a sheet that is not recognised is reported.
 *
 * <p>Problem codes: IMPORT_FILE (not a readable .xlsx), IMPORT_LAYOUT (a label where the layout has another),
 * IMPORT_COLUMN (a required column missing in 批量录入), IMPORT_MISSING (a required cell blank), IMPORT_NUMBER (text in
 * a number cell), IMPORT_TARGET / IMPORT_ACTUAL (a value that cannot be read as a target or an actual value),
 * IMPORT_BUDGET_ZERO (全年预算数 A is 0), IMPORT_INCONSISTENT (a project's columns differ between its 批量录入 rows),
 * IMPORT_DUPLICATE (a project twice), IMPORT_SHEET (a sheet that is not a self-evaluation table, warning).
 */
public final class SelfEvalWorkbookReader {
    private SelfEvalWorkbookReader() {}

    /**
     * @param tablesFound tables seen in the workbook, imported or not, so that a rejected workbook says how many it held
     */
    public record WorkbookRead(String workbook, List<SelfEvalTable> tables, List<SummaryRow> summary, List<Finding> problems,
            int tablesFound) {
        public boolean rejected() {
            return problems.stream().anyMatch(Finding::isError);
        }
    }

    public static WorkbookRead read(Path file) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, name);
        } catch (NoSuchFileException e) {
            return failed(name, "文件不存在：" + file);
        } catch (IOException e) {
            return failed(name, "无法读取文件：" + e.getMessage());
        }
    }

    public static WorkbookRead read(InputStream in, String workbookName) {
        Reading reading = new Reading(workbookName);
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(ZipLimits.readChecked(in)))) {
            List<Sheet> sheets = workbook.getSheets().toList();
            for (Sheet sheet : sheets) {
                reading.sheet(sheet);
            }
        } catch (LimitExceeded e) {
            reading.problems.add(problem(workbookName, null, null, "IMPORT_FILE", null, "Excel 工作簿（.xlsx）",
                    "无法导入工作簿：" + e.getMessage()));
        } catch (IOException | RuntimeException e) {
            reading.problems.add(problem(workbookName, null, null, "IMPORT_FILE", null, "Excel 工作簿（.xlsx）",
                    "无法读取工作簿（不是有效的 .xlsx 文件，或文件已损坏）：" + e.getMessage()));
        }
        boolean rejected = reading.problems.stream().anyMatch(Finding::isError);
        return new WorkbookRead(workbookName, rejected ? List.of() : List.copyOf(reading.tables),
                rejected ? List.of() : List.copyOf(reading.summary), List.copyOf(reading.problems), reading.tablesFound);
    }

    private static WorkbookRead failed(String name, String message) {
        return new WorkbookRead(name, List.of(), List.of(),
                List.of(problem(name, null, null, "IMPORT_FILE", null, "Excel 工作簿（.xlsx）", message)), 0);
    }

    static Finding problem(String workbook, String sheet, String cell, String code, String printed, String expected, String message) {
        return new Finding(code, Severity.ERROR, new Location(workbook, sheet, cell, 0), printed, expected,
                expected == null ? "导入校验" : "应为：" + expected, message);
    }

    /** The state of reading one workbook. */
    static final class Reading {
        final String workbook;
        final List<SelfEvalTable> tables = new ArrayList<>();
        final List<SummaryRow> summary = new ArrayList<>();
        final List<Finding> problems = new ArrayList<>();
        final WorkbookLimits limits = new WorkbookLimits();
        int tablesFound;
        String sheet;

        Reading(String workbook) {
            this.workbook = workbook;
        }

        void error(String cell, String code, String printed, String expected, String message) {
            problems.add(problem(workbook, sheet, cell, code, printed, expected, message));
        }

        void sheet(Sheet s) throws IOException {
            sheet = s.getName();
            limits.sheet();
            if (sheet.equals(Layout.GUIDE_SHEET)) {
                return;
            }
            if (sheet.startsWith(Layout.FLAT_SHEET)) {
                try (Stream<Row> rows = s.openStream()) {
                    new FlatSheet(this).read(rows.peek(row -> limits.row(sheet, row.getCellCount())));
                }
                return;
            }
            Grid grid;
            try (Stream<Row> rows = s.openStream()) {
                grid = new Grid(rows.peek(row -> limits.row(sheet, row.getCellCount())).toList());
            }
            if (grid.isBlank()) {
                return;
            }
            if (Layout.LABEL_PROJECT.equals(grid.text(Layout.ROW_PROJECT, 0))) {
                tableSheet(grid);
            } else if (sheet.startsWith(Layout.SUMMARY_SHEET) || grid.findRow(Layout.SUMMARY_HEADER.get(0), Layout.SUMMARY_HEADER.get(1)) >= 0) {
                summarySheet(grid);
            } else {
                problems.add(new Finding("IMPORT_SHEET", Severity.WARNING, new Location(workbook, sheet, "A1", 0), grid.text(0, 0), null,
                        "自评表、批量录入表或汇总表",
                        "工作表既不是自评表（第 3 行 A 列应为“项目名称”），也不是“批量录入”或“汇总表”，未导入"));
            }
        }

        void tableSheet(Grid g) {
            int errorsBefore = errorCount();
            String project = g.text(Layout.ROW_PROJECT, 2);
            int totalRow = -1;
            for (int r = Layout.FIRST_INDICATOR_ROW; r < g.size(); r++) {
                if (g.text(r, 0).startsWith(Layout.LABEL_TOTAL) && !g.text(r, 0).startsWith("总分在")) {
                    totalRow = r;
                    break;
                }
            }
            boolean blankTemplate = project.isEmpty() && g.cell(Layout.ROW_FUND_TOTAL, 4) == null && g.cell(Layout.ROW_FUND_TOTAL, 5) == null
                    && (totalRow < 0 ? g.size() : totalRow) == Layout.FIRST_INDICATOR_ROW + countLevelOnlyRows(g, totalRow);
            if (blankTemplate) {
                return;
            }
            tablesFound++;
            expectLabel(g, Layout.ROW_FUND_TOTAL, Layout.COL_LABEL, Layout.FUND_ROWS.get(0));
            expectLabel(g, Layout.ROW_INDICATOR_HEADER, 2, Layout.INDICATOR_HEADER.get(2));
            if (project.isEmpty()) {
                error(Layout.cell(Layout.ROW_PROJECT, 2), "IMPORT_MISSING", null, "项目名称", "项目名称未填写");
            }
            FundRow[] funds = new FundRow[4];
            BigDecimal annual = null;
            for (int i = 0; i < 4; i++) {
                int r = Layout.ROW_FUND_TOTAL + i;
                boolean required = i == 0;
                BigDecimal a = number(g, r, 4, "全年预算数(A)", required);
                annual = i == 0 ? a : annual;
                funds[i] = new FundRow(number(g, r, 3, "年初预算数", false), a, number(g, r, 5, "全年执行数(B)", required));
            }
            BigDecimal weight = number(g, Layout.ROW_FUND_TOTAL, 6, "执行率分值", false);
            BigDecimal rate = rate(g.cell(Layout.ROW_FUND_TOTAL, 7), Layout.cell(Layout.ROW_FUND_TOTAL, 7));
            BigDecimal execScore = number(g, Layout.ROW_FUND_TOTAL, 8, "执行率得分", false);
            checkBudget(annual, Layout.cell(Layout.ROW_FUND_TOTAL, 4));
            if (totalRow < 0) {
                error(Layout.cell(g.size(), 0), "IMPORT_LAYOUT", null, "“总分”行",
                        "找不到“总分”行：指标行之后应有 A 列为“总分”的一行");
                return;
            }
            List<IndicatorRow> indicators = new ArrayList<>();
            List<Integer> rows = new ArrayList<>();
            String level1 = "";
            String level2 = "";
            for (int r = Layout.FIRST_INDICATOR_ROW; r < totalRow; r++) {
                if (g.isBlankRow(r)) {
                    continue;
                }
                // merged 一级/二级 cells hold their text in the first row only: carry it down
                level1 = g.text(r, 0).isEmpty() ? level1 : g.text(r, 0);
                level2 = g.text(r, 1).isEmpty() ? level2 : g.text(r, 1);
                IndicatorRow row = indicator(level1, level2, g.text(r, 2), g.text(r, 3), g.text(r, 4),
                        number(g, r, 5, "分值", true), number(g, r, 6, "得分", false), g.text(r, 7),
                        Layout.cell(r, 2), Layout.cell(r, 3), Layout.cell(r, 4));
                if (row != null) {
                    indicators.add(row);
                    rows.add(r);
                }
            }
            if (indicators.isEmpty() && errorCount() == errorsBefore) {
                error(Layout.cell(Layout.FIRST_INDICATOR_ROW, 2), "IMPORT_MISSING", null, "至少一行绩效指标", "自评表没有绩效指标行");
            }
            BigDecimal total = number(g, totalRow, 6, "总分", false);
            String explanation = g.text(totalRow + 1, 0).startsWith("总分在") ? g.text(totalRow + 1, 3) : "";
            if (errorCount() > errorsBefore) {
                return;
            }
            int[] indicatorRows = rows.stream().mapToInt(Integer::intValue).toArray();
            CellLocator locator = Layout.tableSheetLocator(indicatorRows, totalRow);
            BudgetBlock budget = new BudgetBlock(funds[0], funds[1], funds[2], funds[3], weight, rate, execScore);
            tables.add(new SelfEvalTable(project, g.text(Layout.ROW_AUTHORITY, 2), g.text(Layout.ROW_AUTHORITY, 6), budget,
                    g.text(Layout.ROW_GOAL, 2), g.text(Layout.ROW_GOAL, 5), indicators, total, explanation,
                    new Source(workbook, sheet, locator)));
        }

        private int countLevelOnlyRows(Grid g, int totalRow) {
            int end = totalRow < 0 ? g.size() : totalRow;
            int count = 0;
            for (int r = Layout.FIRST_INDICATOR_ROW; r < end; r++) {
                boolean levelOnly = g.text(r, 2).isEmpty() && g.text(r, 3).isEmpty() && g.text(r, 4).isEmpty() && g.cell(r, 6) == null;
                if (!levelOnly) {
                    return -1;
                }
                count++;
            }
            return count;
        }

        void checkBudget(BigDecimal annual, String annualCell) {
            if (annual != null && annual.signum() == 0) {
                error(annualCell, "IMPORT_BUDGET_ZERO", "0", "大于 0 的全年预算数",
                        "全年预算数（A）为 0，无法计算执行率 B/A：请填写全年预算数");
            }
        }

        private void expectLabel(Grid g, int r, int c, String label) {
            if (!g.text(r, c).replace(" ", "").startsWith(label.replace(" ", ""))) {
                error(Layout.cell(r, c), "IMPORT_LAYOUT", g.text(r, c), "“" + label + "”",
                        "此处应为“" + label + "”：工作表的行列与自评表格式不一致（是否插入或删除了行？）");
            }
        }

        int errorCount() {
            int n = 0;
            for (Finding f : problems) {
                if (f.isError()) {
                    n++;
                }
            }
            return n;
        }

        IndicatorRow indicator(String level1, String level2, String name, String targetText, String actualText, BigDecimal weight,
                BigDecimal score, String deviation, String nameCell, String targetCell, String actualCell) {
            boolean ok = weight != null;
            if (name.isEmpty()) {
                error(nameCell, "IMPORT_MISSING", null, "三级指标名称", "指标行缺少三级指标名称");
                ok = false;
            }
            if (targetText.isEmpty()) {
                error(targetCell, "IMPORT_MISSING", null, "年度指标值，如“≥230家”或“及时”", "“" + name + "”未填写年度指标值");
                return null;
            }
            if (actualText.isEmpty()) {
                error(actualCell, "IMPORT_MISSING", null, "实际完成指标值", "“" + name + "”未填写实际完成指标值");
                return null;
            }
            if (weight != null && weight.signum() < 0) {
                error(nameCell, "IMPORT_NUMBER", weight.toPlainString(), "不小于 0 的分值", "“" + name + "”分值为负数");
                ok = false;
            }
            TextValues.Value target = TextValues.quantity(targetText);
            Target parsed;
            String actualUnit = "";
            if (target != null) {
                TextValues.Value actual = TextValues.quantity(actualText);
                if (actual == null || actual.operator() != null) {
                    error(actualCell, "IMPORT_ACTUAL", actualText, "数值（可带单位），如“259家”",
                            "“" + name + "”的指标值为定量（" + targetText + "），实际完成值“" + actualText + "”不是数值");
                    return null;
                }
                Operator operator = target.operator() == null ? Operator.EQUAL : target.operator();
                parsed = Target.quantitative(name, name, operator, target.number(), target.unit(), actual.number());
                actualUnit = actual.unit();
            } else {
                QualitativeResult verdict = actualText.equals(targetText) ? QualitativeResult.DONE
                        : QualitativeResult.parse(actualText).orElse(null);
                if (verdict == null) {
                    error(actualCell, "IMPORT_ACTUAL", actualText, "完成 / 部分完成 / 未完成，或与指标值相同",
                            "“" + name + "”为定性指标（" + targetText + "），实际完成值“" + actualText + "”无法判断是否完成");
                    return null;
                }
                parsed = Target.qualitative(name.isEmpty() ? "?" : name, name.isEmpty() ? "?" : name, targetText, verdict);
            }
            if (!ok) {
                return null;
            }
            return new IndicatorRow(level1, level2, parsed, targetText, actualText, actualUnit, weight, score, deviation);
        }

        BigDecimal number(Grid g, int r, int c, String what, boolean required) {
            return number(g.cell(r, c), Layout.cell(r, c), what, required);
        }

        BigDecimal number(Cell cell, String address, String what, boolean required) {
            Object value = raw(cell);
            if (value == null) {
                if (required) {
                    error(address, "IMPORT_MISSING", null, what + "（数值）", what + "未填写");
                }
                return null;
            }
            if (value instanceof BigDecimal number) {
                return number;
            }
            BigDecimal parsed = TextValues.number(value.toString());
            if (parsed == null) {
                error(address, "IMPORT_NUMBER", value.toString(), what + "（数值）",
                        what + "应为数值，单元格中是文本“" + value + "”");
            }
            return parsed;
        }

        /** 执行率: a number cell holds a fraction (Excel's 74.14% is 0.7414); text must end with %. */
        BigDecimal rate(Cell cell, String address) {
            Object value = raw(cell);
            if (value == null) {
                return null;
            }
            if (value instanceof BigDecimal number) {
                return number.movePointRight(2);
            }
            String text = value.toString().strip().replace('％', '%');
            BigDecimal parsed = text.endsWith("%") ? TextValues.number(text.substring(0, text.length() - 1)) : null;
            if (parsed == null) {
                error(address, "IMPORT_NUMBER", text, "百分数，如“74.14%”", "执行率应为百分数，单元格中是“" + text + "”");
            }
            return parsed;
        }

        void summarySheet(Grid g) {
            int header = g.findRow(Layout.SUMMARY_HEADER.get(0), Layout.SUMMARY_HEADER.get(1));
            if (header < 0) {
                error("A1", "IMPORT_LAYOUT", null, "表头“序号 | 项目名称 | 自评得分 | 自评等级”", "汇总表缺少表头行");
                return;
            }
            for (int r = header + 1; r < g.size(); r++) {
                if (g.isBlankRow(r)) {
                    continue;
                }
                BigDecimal seq = number(g, r, 0, "序号", true);
                String project = g.text(r, 1);
                if (project.isEmpty()) {
                    error(Layout.cell(r, 1), "IMPORT_MISSING", null, "项目名称", "汇总表第 " + (r + 1) + " 行缺少项目名称");
                }
                BigDecimal score = number(g, r, 2, "自评得分", true);
                summary.add(new SummaryRow(seq == null ? 0 : seq.intValue(), project, score, g.text(r, 3), workbook, sheet,
                        Layout.cell(r, 2), Layout.cell(r, 3)));
            }
        }
    }

    /** The value of a cell: BigDecimal for numbers, String for text, null for blank. */
    static Object raw(Cell cell) {
        if (cell == null) {
            return null;
        }
        CellType type = cell.getType();
        switch (type) {
            case NUMBER:
                return cell.asNumber();
            case STRING: {
                String text = cell.asString();
                return text == null || text.isBlank() ? null : text.strip();
            }
            case FORMULA: {
                String rawValue = cell.getRawValue();
                if (rawValue == null || rawValue.isBlank()) {
                    return "=" + cell.getFormula();
                }
                BigDecimal number = TextValues.number(rawValue);
                return number != null ? number : rawValue.strip();
            }
            case BOOLEAN:
                return String.valueOf(cell.asBoolean());
            case ERROR:
                return cell.getRawValue();
            default:
                return null;
        }
    }

    /** A sheet's rows by 0-based row index (fastexcel skips absent rows). */
    static final class Grid {
        private final Row[] rows;

        Grid(List<Row> list) {
            int max = 0;
            for (Row row : list) {
                max = Math.max(max, row.getRowNum());
            }
            rows = new Row[max];
            for (Row row : list) {
                rows[row.getRowNum() - 1] = row;
            }
        }

        int size() {
            return rows.length;
        }

        Cell cell(int r, int c) {
            if (r < 0 || r >= rows.length || rows[r] == null) {
                return null;
            }
            Row row = rows[r];
            if (c >= row.getCellCount()) {
                return null;
            }
            Cell cell = row.getCell(c);
            return cell == null || raw(cell) == null ? null : cell;
        }

        String text(int r, int c) {
            Object value = raw(cell(r, c));
            if (value == null) {
                return "";
            }
            return value instanceof BigDecimal number ? number.stripTrailingZeros().toPlainString() : value.toString();
        }

        boolean isBlankRow(int r) {
            if (r >= rows.length || rows[r] == null) {
                return true;
            }
            for (int c = 0; c < rows[r].getCellCount(); c++) {
                if (cell(r, c) != null) {
                    return false;
                }
            }
            return true;
        }

        boolean isBlank() {
            for (int r = 0; r < rows.length; r++) {
                if (!isBlankRow(r)) {
                    return false;
                }
            }
            return true;
        }

        int findRow(String first, String second) {
            for (int r = 0; r < Math.min(rows.length, 10); r++) {
                if (first.equals(text(r, 0)) && second.equals(text(r, 1))) {
                    return r;
                }
            }
            return -1;
        }
    }

    /** The 批量录入 sheet, read as a stream: one row per indicator, a project's rows next to each other. */
    private static final class FlatSheet {
        private static final List<String> PROJECT_COLUMNS = List.of(Layout.F_DEPARTMENT, Layout.F_INITIAL, Layout.F_ANNUAL,
                Layout.F_EXECUTED, Layout.F_FISCAL_INITIAL, Layout.F_FISCAL_ANNUAL, Layout.F_FISCAL_EXECUTED, Layout.F_CARRY_INITIAL,
                Layout.F_CARRY_ANNUAL, Layout.F_CARRY_EXECUTED, Layout.F_OTHER_INITIAL, Layout.F_OTHER_ANNUAL, Layout.F_OTHER_EXECUTED,
                Layout.F_EXEC_WEIGHT, Layout.F_EXEC_RATE, Layout.F_EXEC_SCORE, Layout.F_GOAL_EXPECTED, Layout.F_GOAL_ACHIEVED,
                Layout.F_TOTAL, Layout.F_EXPLANATION);
        private final Reading reading;
        private final Map<String, Integer> columns = new HashMap<>();
        private final Set<String> seen = new HashSet<>();
        private boolean headerRead;
        private boolean broken;
        // the project being read
        private String key;
        private Row first;
        private int firstIndex;
        private List<IndicatorRow> indicators;
        private List<Integer> rows;
        private int errorsAtStart;

        FlatSheet(Reading reading) {
            this.reading = reading;
        }

        void read(Stream<Row> stream) {
            stream.forEach(this::row);
            finishProject();
        }

        private void row(Row row) {
            if (broken) {
                return;
            }
            int r = row.getRowNum() - 1;
            if (!headerRead) {
                if (isBlank(row)) {
                    return;
                }
                for (int c = 0; c < row.getCellCount(); c++) {
                    Object value = raw(row.getCell(c));
                    if (value != null) {
                        columns.put(value.toString().replace(" ", ""), c);
                    }
                }
                for (String required : Layout.FLAT_REQUIRED) {
                    if (!columns.containsKey(required)) {
                        reading.error(Layout.cell(r, Math.max(0, row.getCellCount())), "IMPORT_COLUMN", null, "列“" + required + "”",
                                "批量录入表第 " + (r + 1) + " 行（表头）缺少必填列“" + required + "”");
                        broken = true;
                    }
                }
                headerRead = true;
                return;
            }
            if (isBlank(row)) {
                return;
            }
            String project = text(row, Layout.F_PROJECT);
            String implementer = text(row, Layout.F_IMPLEMENTER);
            if (project.isEmpty()) {
                reading.error(address(r, Layout.F_PROJECT), "IMPORT_MISSING", null, "项目名称",
                        "批量录入表第 " + (r + 1) + " 行未填写项目名称（每一行都要写明所属项目）");
                return;
            }
            String rowKey = project + "｜" + implementer;
            if (!rowKey.equals(key)) {
                finishProject();
                key = rowKey;
                reading.tablesFound++;
                if (!seen.add(rowKey)) {
                    reading.error(address(r, Layout.F_PROJECT), "IMPORT_DUPLICATE", project, "每个项目的指标行连续填写、只出现一次",
                            "项目“" + project + "”在批量录入表中重复出现（同一项目的指标行应连续填写）");
                }
                first = row;
                firstIndex = r;
                indicators = new ArrayList<>();
                rows = new ArrayList<>();
                errorsAtStart = reading.errorCount();
            } else {
                for (String column : PROJECT_COLUMNS) {
                    Integer c = columns.get(column);
                    if (c == null) {
                        continue;
                    }
                    String mine = text(row, column);
                    String theirs = text(first, column);
                    if (!mine.isEmpty() && !mine.equals(theirs)) {
                        reading.error(Layout.cell(r, c), "IMPORT_INCONSISTENT", mine, theirs.isEmpty() ? "空白" : theirs,
                                "项目“" + project + "”的“" + column + "”在第 " + (firstIndex + 1) + " 行为“" + theirs + "”，第 " + (r + 1)
                                        + " 行为“" + mine + "”：同一项目各行应一致");
                    }
                }
            }
            IndicatorRow indicator = reading.indicator(text(row, Layout.F_LEVEL1), text(row, Layout.F_LEVEL2), text(row, Layout.F_NAME),
                    text(row, Layout.F_TARGET), text(row, Layout.F_ACTUAL), number(row, r, Layout.F_WEIGHT, "分值", true),
                    number(row, r, Layout.F_SCORE, "得分", false), text(row, Layout.F_DEVIATION), address(r, Layout.F_NAME),
                    address(r, Layout.F_TARGET), address(r, Layout.F_ACTUAL));
            if (indicator != null) {
                indicators.add(indicator);
                rows.add(r);
            }
        }

        private void finishProject() {
            if (key == null) {
                return;
            }
            Row row = first;
            int r = firstIndex;
            BigDecimal annual = number(row, r, Layout.F_ANNUAL, "全年预算数(A)", true);
            FundRow total = new FundRow(number(row, r, Layout.F_INITIAL, "年初预算数", false), annual,
                    number(row, r, Layout.F_EXECUTED, "全年执行数(B)", true));
            FundRow fiscal = new FundRow(number(row, r, Layout.F_FISCAL_INITIAL, Layout.F_FISCAL_INITIAL, false),
                    number(row, r, Layout.F_FISCAL_ANNUAL, Layout.F_FISCAL_ANNUAL, false),
                    number(row, r, Layout.F_FISCAL_EXECUTED, Layout.F_FISCAL_EXECUTED, false));
            FundRow carry = new FundRow(number(row, r, Layout.F_CARRY_INITIAL, Layout.F_CARRY_INITIAL, false),
                    number(row, r, Layout.F_CARRY_ANNUAL, Layout.F_CARRY_ANNUAL, false),
                    number(row, r, Layout.F_CARRY_EXECUTED, Layout.F_CARRY_EXECUTED, false));
            FundRow other = new FundRow(number(row, r, Layout.F_OTHER_INITIAL, Layout.F_OTHER_INITIAL, false),
                    number(row, r, Layout.F_OTHER_ANNUAL, Layout.F_OTHER_ANNUAL, false),
                    number(row, r, Layout.F_OTHER_EXECUTED, Layout.F_OTHER_EXECUTED, false));
            BigDecimal weight = number(row, r, Layout.F_EXEC_WEIGHT, "执行率分值", false);
            Integer rateColumn = columns.get(Layout.F_EXEC_RATE);
            BigDecimal rate = rateColumn == null ? null : reading.rate(cellAt(row, rateColumn), Layout.cell(r, rateColumn));
            BigDecimal execScore = number(row, r, Layout.F_EXEC_SCORE, "执行率得分", false);
            BigDecimal printedTotal = number(row, r, Layout.F_TOTAL, "总分", false);
            reading.checkBudget(annual, address(r, Layout.F_ANNUAL));
            if (reading.errorCount() == errorsAtStart && !indicators.isEmpty()) {
                int[] indicatorRows = rows.stream().mapToInt(Integer::intValue).toArray();
                Map<String, Integer> cols = columns;
                int projectRow = r;
                CellLocator locator = (field, index) -> {
                    Integer c = cols.get(Layout.flatHeader(field));
                    int at = index >= 0 && index < indicatorRows.length ? indicatorRows[index] : projectRow;
                    return c == null ? "第 " + (at + 1) + " 行" : Layout.cell(at, c);
                };
                String[] parts = key.split("｜", -1);
                reading.tables.add(new SelfEvalTable(parts[0], text(row, Layout.F_DEPARTMENT), parts[1],
                        new BudgetBlock(total, fiscal, carry, other, weight, rate, execScore), text(row, Layout.F_GOAL_EXPECTED),
                        text(row, Layout.F_GOAL_ACHIEVED), indicators, printedTotal, text(row, Layout.F_EXPLANATION),
                        new Source(reading.workbook, reading.sheet, locator)));
            }
            key = null;
        }

        private Cell cellAt(Row row, int c) {
            return c < row.getCellCount() ? row.getCell(c) : null;
        }

        private String text(Row row, String column) {
            Integer c = columns.get(column);
            Object value = c == null ? null : raw(cellAt(row, c));
            if (value == null) {
                return "";
            }
            return value instanceof BigDecimal number ? number.stripTrailingZeros().toPlainString() : value.toString();
        }

        private BigDecimal number(Row row, int r, String column, String what, boolean required) {
            Integer c = columns.get(column);
            if (c == null) {
                return null;
            }
            return reading.number(cellAt(row, c), Layout.cell(r, c), what, required);
        }

        private String address(int r, String column) {
            Integer c = columns.get(column);
            return c == null ? "第 " + (r + 1) + " 行" : Layout.cell(r, c);
        }

        private static boolean isBlank(Row row) {
            for (int c = 0; c < row.getCellCount(); c++) {
                if (raw(row.getCell(c)) != null) {
                    return false;
                }
            }
            return true;
        }
    }
}
