package org.jixiao.formats.selfeval;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.jixiao.core.selfeval.BudgetBlock;
import org.jixiao.core.selfeval.FundRow;
import org.jixiao.core.selfeval.IndicatorRow;
import org.jixiao.core.selfeval.SelfEvalTable;
import org.jixiao.core.selfeval.SummaryRow;

/**
 * Writes self-evaluation workbooks with a streaming writer (fastexcel): each sheet is flushed when finished, so a
 * workbook of thousands of tables needs little memory. Values are written as the table holds them (what the unit
 * filled in); blanks stay blank.
 */
public final class SelfEvalWorkbookWriter implements Closeable {
    private final Workbook workbook;
    private final Set<String> sheetNames = new HashSet<>();
    private final boolean styled;
    private Worksheet flat;
    private int flatRow;

    /** @param styled borders, bold headers and merged cells as in the printed table; off for bulk generation */
    public SelfEvalWorkbookWriter(OutputStream out, boolean styled) {
        this.workbook = new Workbook(out, "Jixiao", "1.0");
        this.styled = styled;
    }

    /** A sheet name that Excel accepts (≤ 31 characters, no []:*?/\) and that is unique in this workbook. */
    public String uniqueSheetName(String wanted) {
        String base = wanted.replaceAll("[\\[\\]:*?/\\\\]", "_").strip();
        if (base.isEmpty()) {
            base = "Sheet";
        }
        base = base.length() > 28 ? base.substring(0, 28) : base;
        String name = base;
        for (int i = 2; !sheetNames.add(name); i++) {
            name = base + "_" + i;
        }
        return name;
    }

    /** One table in the printed layout, on its own sheet. */
    public void table(String sheetName, SelfEvalTable table) throws IOException {
        table(sheetName, table, java.util.Map.of());
    }

    /**
     * One table with some cells overwritten by raw values (row, column → value): how the generator plants bad input
     * such as text in a number cell.
     */
    public void table(String sheetName, SelfEvalTable table, java.util.Map<int[], Object> overrides) throws IOException {
        Worksheet ws = workbook.newWorksheet(uniqueSheetName(sheetName));
        writeTable(ws, table, table.indicators().size());
        overrides.forEach((cell, value) -> {
            if (value instanceof BigDecimal number) {
                ws.value(cell[0], cell[1], plain(number));
            } else {
                ws.value(cell[0], cell[1], value == null ? null : value.toString());
            }
        });
        ws.finish();
    }

    /** The flat bulk-entry sheet with its header row only (the template). */
    public void emptyFlat() {
        flatRows(new SelfEvalTable("", "", "", new BudgetBlock(FundRow.ZERO, null, null, null, null, null, null), "", "", List.of(), null, "", null));
    }

    /** Overwrites a cell of the flat sheet (0-based row and column): for tests of inconsistent rows. */
    public void flatCell(int row, int column, BigDecimal value) {
        if (flat != null) {
            flat.value(row, column, plain(value));
        }
    }

    /** Overwrites a header cell of the flat sheet (the generator's "missing column"). */
    public void flatHeader(int column, String text) {
        if (flat != null) {
            flat.value(0, column, text);
        }
    }

    /** The empty layout of a table sheet with {@code rows} indicator rows whose 一级/二级 labels are pre-filled. */
    public void emptyTable(String sheetName, List<String[]> levelLabels) throws IOException {
        Worksheet ws = workbook.newWorksheet(uniqueSheetName(sheetName));
        header(ws, "", "", "");
        ws.value(Layout.ROW_FUND_TOTAL, 6, BudgetBlock.STANDARD_WEIGHT);
        int row = Layout.FIRST_INDICATOR_ROW;
        for (String[] labels : levelLabels) {
            ws.value(row, 0, labels[0]);
            ws.value(row, 1, labels[1]);
            if (labels.length > 2) {
                ws.value(row, 5, new BigDecimal(labels[2]));
            }
            gridRow(ws, row);
            row++;
        }
        footer(ws, row, null, "");
        ws.finish();
    }

    private void writeTable(Worksheet ws, SelfEvalTable table, int count) {
        header(ws, table.project(), table.department(), table.implementer());
        BudgetBlock budget = table.budget();
        List<FundRow> funds = List.of(budget.total(), budget.fiscal(), budget.carryOver(), budget.other());
        for (int i = 0; i < funds.size(); i++) {
            int row = Layout.ROW_FUND_TOTAL + i;
            number(ws, row, 3, funds.get(i).initial());
            number(ws, row, 4, funds.get(i).annual());
            number(ws, row, 5, funds.get(i).executed());
        }
        number(ws, Layout.ROW_FUND_TOTAL, 6, budget.weight());
        if (budget.printedRate() != null) {
            ws.value(Layout.ROW_FUND_TOTAL, 7, plain(budget.printedRate().movePointLeft(2)));
            ws.style(Layout.ROW_FUND_TOTAL, 7).format("0.00%").set();
        }
        number(ws, Layout.ROW_FUND_TOTAL, 8, budget.printedScore());
        ws.value(Layout.ROW_GOAL, 2, table.goalExpected());
        ws.value(Layout.ROW_GOAL, 5, table.goalAchieved());
        int row = Layout.FIRST_INDICATOR_ROW;
        for (int i = 0; i < count; i++, row++) {
            IndicatorRow indicator = table.indicators().get(i);
            ws.value(row, 0, indicator.level1());
            ws.value(row, 1, indicator.level2());
            ws.value(row, 2, indicator.name());
            ws.value(row, 3, indicator.targetText());
            ws.value(row, 4, indicator.actualText());
            number(ws, row, 5, indicator.weight());
            number(ws, row, 6, indicator.recordedScore());
            if (!indicator.deviation().isEmpty()) {
                ws.value(row, 7, indicator.deviation());
            }
            gridRow(ws, row);
        }
        footer(ws, row, table.printedTotal(), table.explanation());
    }

    private void header(Worksheet ws, String project, String department, String implementer) {
        ws.value(0, 0, Layout.TITLE);
        ws.value(1, 0, "单位：万元");
        ws.value(Layout.ROW_PROJECT, 0, Layout.LABEL_PROJECT);
        ws.value(Layout.ROW_PROJECT, 2, project);
        ws.value(Layout.ROW_AUTHORITY, 0, Layout.LABEL_DEPARTMENT);
        ws.value(Layout.ROW_AUTHORITY, 2, department);
        ws.value(Layout.ROW_AUTHORITY, 5, Layout.LABEL_IMPLEMENTER);
        ws.value(Layout.ROW_AUTHORITY, 6, implementer);
        ws.value(Layout.ROW_BUDGET_HEADER, 0, Layout.LABEL_BUDGET);
        for (int i = 0; i < Layout.BUDGET_HEADER.size(); i++) {
            ws.value(Layout.ROW_BUDGET_HEADER, 3 + i, Layout.BUDGET_HEADER.get(i));
        }
        for (int i = 0; i < Layout.FUND_ROWS.size(); i++) {
            ws.value(Layout.ROW_FUND_TOTAL + i, Layout.COL_LABEL, Layout.FUND_ROWS.get(i));
        }
        ws.value(Layout.ROW_GOAL_HEADER, 0, Layout.LABEL_GOAL);
        ws.value(Layout.ROW_GOAL_HEADER, 2, "年初预期目标");
        ws.value(Layout.ROW_GOAL_HEADER, 5, "目标实际完成情况");
        for (int i = 0; i < Layout.INDICATOR_HEADER.size(); i++) {
            ws.value(Layout.ROW_INDICATOR_HEADER, i, Layout.INDICATOR_HEADER.get(i));
        }
        if (styled) {
            ws.range(0, 0, 0, 8).merge();
            ws.style(0, 0).bold().fontSize(14).horizontalAlignment("center").set();
            ws.range(Layout.ROW_PROJECT, 0, Layout.ROW_PROJECT, 1).merge();
            ws.range(Layout.ROW_PROJECT, 2, Layout.ROW_PROJECT, 8).merge();
            ws.range(Layout.ROW_AUTHORITY, 0, Layout.ROW_AUTHORITY, 1).merge();
            ws.range(Layout.ROW_AUTHORITY, 2, Layout.ROW_AUTHORITY, 4).merge();
            ws.range(Layout.ROW_AUTHORITY, 6, Layout.ROW_AUTHORITY, 8).merge();
            ws.range(Layout.ROW_BUDGET_HEADER, 0, Layout.ROW_FUND_TOTAL + 3, 1).merge();
            ws.range(Layout.ROW_GOAL_HEADER, 0, Layout.ROW_GOAL, 1).merge();
            ws.range(Layout.ROW_GOAL_HEADER, 2, Layout.ROW_GOAL_HEADER, 4).merge();
            ws.range(Layout.ROW_GOAL_HEADER, 5, Layout.ROW_GOAL_HEADER, 8).merge();
            ws.range(Layout.ROW_GOAL, 2, Layout.ROW_GOAL, 4).merge();
            ws.range(Layout.ROW_GOAL, 5, Layout.ROW_GOAL, 8).merge();
            ws.range(Layout.ROW_GOAL, 2, Layout.ROW_GOAL, 8).style().wrapText(true).set();
            ws.range(Layout.ROW_INDICATOR_HEADER, 7, Layout.ROW_INDICATOR_HEADER, 8).merge();
            ws.range(Layout.ROW_PROJECT, 0, Layout.ROW_INDICATOR_HEADER, 8).style().borderStyle("thin").set();
            ws.range(Layout.ROW_INDICATOR_HEADER, 0, Layout.ROW_INDICATOR_HEADER, 8).style().bold().borderStyle("thin").set();
            ws.width(0, 12);
            ws.width(1, 16);
            ws.width(2, 26);
            ws.width(3, 14);
            ws.width(4, 14);
            ws.width(5, 12);
            ws.width(7, 12);
        }
    }

    private void gridRow(Worksheet ws, int row) {
        if (styled) {
            ws.range(row, 7, row, 8).merge();
            ws.range(row, 0, row, 8).style().borderStyle("thin").wrapText(true).set();
        }
    }

    private void footer(Worksheet ws, int row, BigDecimal total, String explanation) {
        ws.value(row, 0, Layout.LABEL_TOTAL);
        number(ws, row, 6, total);
        ws.value(row + 1, 0, Layout.LABEL_EXPLANATION);
        if (explanation != null && !explanation.isEmpty()) {
            ws.value(row + 1, 3, explanation);
        }
        if (styled) {
            ws.range(row, 0, row, 5).merge();
            ws.range(row, 7, row, 8).merge();
            ws.range(row, 0, row, 8).style().bold().borderStyle("thin").set();
            ws.range(row + 1, 0, row + 1, 2).merge();
            ws.range(row + 1, 3, row + 1, 8).merge();
            ws.range(row + 1, 0, row + 1, 8).style().wrapText(true).borderStyle("thin").set();
        }
    }

    /** Adds a table to the flat bulk-entry sheet: one row per indicator, the project's columns repeated on each. */
    public void flatRows(SelfEvalTable table) {
        if (flat == null) {
            flat = workbook.newWorksheet(uniqueSheetName(Layout.FLAT_SHEET));
            for (int c = 0; c < Layout.FLAT_COLUMNS.size(); c++) {
                flat.value(0, c, Layout.FLAT_COLUMNS.get(c));
            }
            if (styled) {
                flat.range(0, 0, 0, Layout.FLAT_COLUMNS.size() - 1).style().bold().set();
            }
            flatRow = 1;
        }
        BudgetBlock b = table.budget();
        for (IndicatorRow indicator : table.indicators()) {
            int r = flatRow++;
            int c = 0;
            flat.value(r, c++, table.project());
            flat.value(r, c++, table.department());
            flat.value(r, c++, table.implementer());
            for (FundRow fund : List.of(b.total(), b.fiscal(), b.carryOver(), b.other())) {
                number(flat, r, c++, fund.initial());
                number(flat, r, c++, fund.annual());
                number(flat, r, c++, fund.executed());
            }
            number(flat, r, c++, b.weight());
            if (b.printedRate() != null) {
                flat.value(r, c, plain(b.printedRate().movePointLeft(2)));
                flat.style(r, c).format("0.00%").set();
            }
            c++;
            number(flat, r, c++, b.printedScore());
            flat.value(r, c++, table.goalExpected());
            flat.value(r, c++, table.goalAchieved());
            number(flat, r, c++, table.printedTotal());
            flat.value(r, c++, table.explanation());
            flat.value(r, c++, indicator.level1());
            flat.value(r, c++, indicator.level2());
            flat.value(r, c++, indicator.name());
            flat.value(r, c++, indicator.targetText());
            flat.value(r, c++, indicator.actualText());
            number(flat, r, c++, indicator.weight());
            number(flat, r, c++, indicator.recordedScore());
            flat.value(r, c, indicator.deviation());
        }
    }

    /** The 自评汇总表: 序号, 项目名称, 自评得分, 自评等级. */
    public void summary(String title, String department, List<SummaryRow> rows) throws IOException {
        Worksheet ws = workbook.newWorksheet(uniqueSheetName(Layout.SUMMARY_SHEET));
        ws.value(0, 0, title);
        ws.value(1, 0, "预算部门：" + (department == null ? "" : department));
        for (int c = 0; c < Layout.SUMMARY_HEADER.size(); c++) {
            ws.value(2, c, Layout.SUMMARY_HEADER.get(c));
        }
        int r = 3;
        for (SummaryRow row : rows) {
            ws.value(r, 0, row.seq());
            ws.value(r, 1, row.project());
            number(ws, r, 2, row.score());
            ws.value(r, 3, row.grade());
            r++;
        }
        if (styled) {
            ws.range(0, 0, 0, 3).merge();
            ws.style(0, 0).bold().fontSize(14).horizontalAlignment("center").set();
            ws.range(2, 0, r - 1, 3).style().borderStyle("thin").set();
            ws.range(2, 0, 2, 3).style().bold().borderStyle("thin").set();
            ws.width(1, 48);
        }
        ws.finish();
    }

    /** A sheet of free rows (the guide, the findings list): the first row bold. */
    public void rows(String sheetName, List<List<Object>> rows, double... widths) throws IOException {
        Worksheet ws = workbook.newWorksheet(uniqueSheetName(sheetName));
        for (int r = 0; r < rows.size(); r++) {
            List<Object> cells = rows.get(r);
            for (int c = 0; c < cells.size(); c++) {
                Object value = cells.get(c);
                if (value instanceof BigDecimal number) {
                    ws.value(r, c, plain(number));
                } else if (value instanceof Number number) {
                    ws.value(r, c, number);
                } else if (value != null) {
                    ws.value(r, c, value.toString());
                }
            }
        }
        if (styled && !rows.isEmpty()) {
            ws.range(0, 0, 0, Math.max(0, rows.get(0).size() - 1)).style().bold().set();
        }
        for (int c = 0; c < widths.length; c++) {
            ws.width(c, widths[c]);
        }
        ws.finish();
    }

    private static void number(Worksheet ws, int row, int column, BigDecimal value) {
        if (value != null) {
            ws.value(row, column, plain(value));
        }
    }

    /** fastexcel writes a Number with toString(): keep BigDecimals out of exponent notation. */
    private static BigDecimal plain(BigDecimal value) {
        return value.scale() < 0 ? value.setScale(0) : value;
    }

    @Override
    public void close() throws IOException {
        if (flat != null) {
            flat.finish();
        }
        workbook.finish();
    }
}
