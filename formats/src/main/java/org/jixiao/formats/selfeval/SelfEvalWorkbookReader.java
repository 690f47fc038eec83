package org.jixiao.formats.selfeval;

import java.io.BufferedInputStream;
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

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.jixiao.core.review.Finding;
import org.jixiao.core.review.Location;
import org.jixiao.core.review.Severity;
import org.jixiao.core.selfeval.BudgetBlock;
import org.jixiao.core.selfeval.CellLocator;
import org.jixiao.core.selfeval.ExecutionRule;
import org.jixiao.core.selfeval.FundRow;
import org.jixiao.core.selfeval.IndicatorRow;
import org.jixiao.core.selfeval.SelfEvalTable;
import org.jixiao.core.selfeval.Source;
import org.jixiao.core.selfeval.SummaryRow;
import org.jixiao.formats.limits.LimitExceeded;
import org.jixiao.formats.limits.WorkbookLimits;
import org.jixiao.formats.limits.ZipLimits;

/**
 * Reads one self-evaluation workbook (.xlsx with a streaming reader, fastexcel-reader; .xls with POI): sheets holding
 * tables in any of the layout families (one or several tables per sheet, the units' own workbooks as well as the one
 * Jixiao writes), the flat 批量录入 sheet and the 汇总表. A cell that cannot be read never refuses a table: its row is
 * "not checkable" with the reason (see {@link TableReader}). A workbook is refused only when it cannot be opened, when a
 * 批量录入 sheet lacks a required column or states a project's figures differently on two rows, or when a project is
 * entered twice; then the result holds no table and every
 * problem found, each with workbook, sheet, cell and what was expected. A sheet that is no table is reported.
 *
 * <p>Problem codes: IMPORT_FILE (not a readable .xlsx/.xls), IMPORT_COLUMN (a required column missing in 批量录入),
 * IMPORT_INCONSISTENT (a project's columns differ between its 批量录入 rows),
 * IMPORT_DUPLICATE (a project twice), IMPORT_SHEET (a sheet that is no self-evaluation table, warning).
 */
public final class SelfEvalWorkbookReader {

    /** Cell formats are read: 97% typed into Excel is the number 0.97 shown as a percentage. */
    private static final ReadingOptions WITH_FORMATS = new ReadingOptions(true, false);

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
            return failed(name, "无法读取文件：" + org.jixiao.formats.limits.ReadFailure.describe(e));
        }
    }

    public static WorkbookRead read(InputStream input, String workbookName) {
        return read(input, workbookName, LayoutFamilies.builtIn());
    }

    static WorkbookRead read(InputStream input, String workbookName, LayoutFamilies families) {
        Reading reading = new Reading(workbookName, families);
        BufferedInputStream in = new BufferedInputStream(input);
        try {
            in.mark(8);
            byte[] head = in.readNBytes(8);
            in.reset();
            if (ReadableWorkbook.isOLE2Header(head)) {
                for (XlsGrid.NamedGrid sheet : XlsGrid.read(in)) {
                    reading.sheet(sheet.name(), sheet.grid(), null);
                }
            } else {
                // the archive is checked against the zip limits (entries, expanded size, ratio) before it is opened
                try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(ZipLimits.readChecked(in)), WITH_FORMATS)) {
                    for (Sheet sheet : workbook.getSheets().toList()) {
                        reading.sheet(sheet);
                    }
                }
            }
        } catch (LimitExceeded e) {
            reading.problems.add(problem(workbookName, null, null, "IMPORT_FILE", null, "Excel 工作簿（.xlsx 或 .xls）",
                    "无法导入工作簿：" + e.getMessage()));
        } catch (IOException | RuntimeException e) {
            reading.problems.add(problem(workbookName, null, null, "IMPORT_FILE", null, "Excel 工作簿（.xlsx 或 .xls）",
                    "无法读取工作簿（不是有效的 Excel 文件，或文件已损坏）：" + org.jixiao.formats.limits.ReadFailure.describe(e)));
        }
        boolean rejected = reading.problems.stream().anyMatch(Finding::isError);
        return new WorkbookRead(workbookName, rejected ? List.of() : List.copyOf(reading.tables),
                rejected ? List.of() : List.copyOf(reading.summary), List.copyOf(reading.problems), reading.tablesFound);
    }

    private static WorkbookRead failed(String name, String message) {
        return new WorkbookRead(name, List.of(), List.of(),
                List.of(problem(name, null, null, "IMPORT_FILE", null, "Excel 工作簿（.xlsx 或 .xls）", message)), 0);
    }

    static Finding problem(String workbook, String sheet, String cell, String code, String printed, String expected, String message) {
        return new Finding(code, Severity.ERROR, new Location(workbook, sheet, cell, 0), printed, expected,
                expected == null ? "导入校验" : "应为：" + expected, message);
    }

    /** The state of reading one workbook. */
    static final class Reading {
        final String workbook;
        final LayoutFamilies families;
        final List<SelfEvalTable> tables = new ArrayList<>();
        final List<SummaryRow> summary = new ArrayList<>();
        final List<Finding> problems = new ArrayList<>();
        int tablesFound;
        String sheet;
        /** Sheets, rows and cells of the workbook counted while they stream in (a workbook with millions of rows is refused). */
        final WorkbookLimits limits = new WorkbookLimits();

        Reading(String workbook, LayoutFamilies families) {
            this.workbook = workbook;
            this.families = families;
        }

        void error(String cell, String code, String printed, String expected, String message) {
            problems.add(problem(workbook, sheet, cell, code, printed, expected, message));
        }

        void sheet(Sheet s) throws IOException {
            String name = s.getName();
            limits.sheet();
            if (name.startsWith(Layout.FLAT_SHEET)) {
                sheet = name;
                try (Stream<Row> rows = s.openStream()) {
                    new FlatSheet(this).read(rows.peek(row -> limits.row(name, row.getCellCount())));
                }
                return;
            }
            if (name.equals(Layout.GUIDE_SHEET)) {
                return;
            }
            SheetGrid grid;
            try (Stream<Row> rows = s.openStream()) {
                grid = new SheetGrid(rows.peek(row -> limits.row(name, row.getCellCount())).toList());
            }
            sheet(s.getName(), grid, null);
        }

        void sheet(String name, Grid grid, Object unused) {
            sheet = name;
            if (name.equals(Layout.GUIDE_SHEET) || isBlank(grid)) {
                return;
            }
            int summaryHeader = summaryHeader(grid);
            if (name.startsWith(Layout.SUMMARY_SHEET) || summaryHeader >= 0) {
                summarySheet(grid, summaryHeader);
                return;
            }
            TableReader reader = new TableReader(families, workbook);
            boolean used = reader.grid(grid, name, List.of());
            List<SelfEvalTable> read = reader.finish();
            tablesFound += read.size();
            tables.addAll(read);
            if (!used) {
                problems.add(new Finding("IMPORT_SHEET", Severity.WARNING, new Location(workbook, sheet, "A1", 0), grid.text(0, 0), null,
                        "自评表、批量录入表或汇总表",
                        "工作表既不是自评表（没有“三级指标 … 分值 … 得分”表头或“年度资金总额”预算执行情况），也不是“批量录入”或“汇总表”，未导入"));
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

        private static boolean isBlank(Grid grid) {
            for (int r = 0; r < grid.rows(); r++) {
                for (int c = 0; c < grid.columns(); c++) {
                    if (!grid.text(r, c).isEmpty()) {
                        return false;
                    }
                }
            }
            return true;
        }

        private static int summaryHeader(Grid grid) {
            for (int r = 0; r < Math.min(grid.rows(), 10); r++) {
                if (Layout.SUMMARY_HEADER.get(0).equals(grid.text(r, 0)) && Layout.SUMMARY_HEADER.get(1).equals(grid.text(r, 1))
                        && Words.key(grid.text(r, 2)).contains("得分")) {
                    return r;
                }
            }
            return -1;
        }

        void summarySheet(Grid g, int header) {
            if (header < 0) {
                problems.add(new Finding("IMPORT_SHEET", Severity.WARNING, new Location(workbook, sheet, "A1", 0), g.text(0, 0), null,
                        "表头“序号 | 项目名称 | 自评得分 | 自评等级”", "汇总表缺少表头行“序号 | 项目名称 | 自评得分 | 自评等级”，未导入"));
                return;
            }
            for (int r = header + 1; r < g.rows(); r++) {
                String project = g.text(r, 1);
                BigDecimal score = g.number(r, 2) != null ? g.number(r, 2) : CellValues.number(g.text(r, 2));
                if (project.isEmpty() && score == null) {
                    continue;
                }
                BigDecimal seq = g.number(r, 0) != null ? g.number(r, 0) : CellValues.number(g.text(r, 0));
                summary.add(new SummaryRow(seq == null ? 0 : seq.intValue(), project, score, g.text(r, 3), workbook, sheet,
                        Layout.cell(r, 2), Layout.cell(r, 3)));
            }
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
        private final IndicatorCells cells;
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
        private List<String> notes;

        FlatSheet(Reading reading) {
            this.reading = reading;
            LayoutFamilies families = reading.families;
            this.cells = new IndicatorCells(families.directions, families.verdicts, false);
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
                    Object value = row.getCell(c) == null ? null : SheetGrid.value(row.getCell(c));
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
                project = "（未写项目名称：" + reading.sheet + " 第 " + (r + 1) + " 行）";
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
                notes = new ArrayList<>();
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
            indicators.add(cells.row(text(row, Layout.F_LEVEL1), text(row, Layout.F_LEVEL2), text(row, Layout.F_NAME), "",
                    text(row, Layout.F_TARGET), "", text(row, Layout.F_ACTUAL), cell(row, Layout.F_WEIGHT), cell(row, Layout.F_SCORE),
                    text(row, Layout.F_DEVIATION)));
            rows.add(r);
        }

        private void finishProject() {
            if (key == null) {
                return;
            }
            Row row = first;
            int r = firstIndex;
            FundRow total = new FundRow("年度资金总额", number(row, r, Layout.F_INITIAL), number(row, r, Layout.F_ANNUAL),
                    number(row, r, Layout.F_EXECUTED), null, null);
            List<FundRow> parts = List.of(
                    new FundRow("当年财政拨款", number(row, r, Layout.F_FISCAL_INITIAL), number(row, r, Layout.F_FISCAL_ANNUAL),
                            number(row, r, Layout.F_FISCAL_EXECUTED), null, null),
                    new FundRow("上年结转资金", number(row, r, Layout.F_CARRY_INITIAL), number(row, r, Layout.F_CARRY_ANNUAL),
                            number(row, r, Layout.F_CARRY_EXECUTED), null, null),
                    new FundRow("其他资金", number(row, r, Layout.F_OTHER_INITIAL), number(row, r, Layout.F_OTHER_ANNUAL),
                            number(row, r, Layout.F_OTHER_EXECUTED), null, null));
            BigDecimal weight = number(row, r, Layout.F_EXEC_WEIGHT);
            BigDecimal rate = rate(row, r);
            BigDecimal execScore = number(row, r, Layout.F_EXEC_SCORE);
            BigDecimal printedTotal = number(row, r, Layout.F_TOTAL);
            if (!indicators.isEmpty()) {
                int[] indicatorRows = rows.stream().mapToInt(Integer::intValue).toArray();
                Map<String, Integer> cols = columns;
                int projectRow = r;
                CellLocator locator = (field, index) -> {
                    Integer c = cols.get(Layout.flatHeader(field));
                    int at = index >= 0 && index < indicatorRows.length ? indicatorRows[index] : projectRow;
                    return c == null ? "第 " + (at + 1) + " 行" : Layout.cell(at, c);
                };
                String[] parts2 = key.split("｜", -1);
                SelfEvalTable.Details details = new SelfEvalTable.Details("批量录入", List.of(), null, null, null, null, notes, false);
                reading.tables.add(new SelfEvalTable(parts2[0], text(row, Layout.F_DEPARTMENT), parts2[1],
                        new BudgetBlock(total, parts, weight, ExecutionRule.CAPPED, rate, execScore), text(row, Layout.F_GOAL_EXPECTED),
                        text(row, Layout.F_GOAL_ACHIEVED), indicators, printedTotal, text(row, Layout.F_EXPLANATION),
                        new Source(reading.workbook, reading.sheet, locator), details));
            }
            key = null;
        }

        private BigDecimal rate(Row row, int r) {
            Integer c = columns.get(Layout.F_EXEC_RATE);
            if (c == null || c >= row.getCellCount() || row.getCell(c) == null) {
                return null;
            }
            Object value = SheetGrid.value(row.getCell(c));
            if (value instanceof BigDecimal number) {
                return number.movePointRight(2);
            }
            if (value == null || CellValues.notGiven(value.toString())) {
                return null;
            }
            BigDecimal parsed = CellValues.percent(value.toString());
            if (parsed == null) {
                notes.add("执行率“" + value + "”无法识别，未能核对（" + Layout.cell(r, c) + "）");
            }
            return parsed;
        }

        private IndicatorCells.Number cell(Row row, String column) {
            Integer c = columns.get(column);
            Object value = c == null || c >= row.getCellCount() || row.getCell(c) == null ? null : SheetGrid.value(row.getCell(c));
            if (value instanceof BigDecimal number) {
                return new IndicatorCells.Number(number, number.toPlainString());
            }
            return new IndicatorCells.Number(null, value == null ? "" : value.toString());
        }

        private String text(Row row, String column) {
            Integer c = columns.get(column);
            Object value = c == null || c >= row.getCellCount() || row.getCell(c) == null ? null : SheetGrid.value(row.getCell(c));
            if (value == null) {
                return "";
            }
            return value instanceof BigDecimal number ? number.stripTrailingZeros().toPlainString() : value.toString();
        }

        private BigDecimal number(Row row, int r, String column) {
            IndicatorCells.Number cell = cell(row, column);
            if (cell.value() != null) {
                return cell.value();
            }
            if (CellValues.notGiven(cell.text())) {
                return null;
            }
            BigDecimal parsed = CellValues.number(cell.text());
            if (parsed == null) {
                notes.add("“" + column + "”应为数值，单元格中是文本“" + cell.text() + "”，未能核对（" + address(r, column) + "）");
            }
            return parsed;
        }

        private String address(int r, String column) {
            Integer c = columns.get(column);
            return c == null ? "第 " + (r + 1) + " 行" : Layout.cell(r, c);
        }

        private static boolean isBlank(Row row) {
            for (int c = 0; c < row.getCellCount(); c++) {
                if (row.getCell(c) != null && SheetGrid.value(row.getCell(c)) != null) {
                    return false;
                }
            }
            return true;
        }
    }
}
