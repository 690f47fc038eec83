package org.jixiao.formats.finalaccounts;

import static org.jixiao.formats.finalaccounts.WorkbookLayout.*;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import org.jixiao.core.finalaccounts.Column;
import org.jixiao.core.finalaccounts.EconomicRow;
import org.jixiao.core.finalaccounts.Facts;
import org.jixiao.core.finalaccounts.FinalAccounts;
import org.jixiao.core.finalaccounts.FinalAccounts.ReasonKey;
import org.jixiao.core.finalaccounts.FiscalSummary;
import org.jixiao.core.finalaccounts.FunctionTable;
import org.jixiao.core.finalaccounts.Layouts;
import org.jixiao.core.finalaccounts.RowIdentity;
import org.jixiao.core.finalaccounts.Subject;
import org.jixiao.core.finalaccounts.SubjectCatalogue;
import org.jixiao.core.finalaccounts.Summary;
import org.jixiao.core.finalaccounts.TableRow;
import org.jixiao.core.finalaccounts.ThreePublic;

/**
 * Writes the final-accounts workbook: the nine tables in their published layout (one sheet each), the 情况说明资料 and
 * 绩效自评 sheets for the facts outside the tables, and a 说明 sheet for the accountant. Empty (a template to fill) or
 * filled from a model; a filled workbook reads back ({@link AccountsWorkbookReader}) into the same model.
 *
 * <p>Convention shared with the reader: a number is a printed figure; a formula (the 类/款 rows, 合计 cells the model
 * computes, subtotals) is computed by Jixiao from the parts and not read; a blank cell is an amount not printed.
 */
public final class AccountsWorkbook {
    private final Workbook workbook;
    private final FinalAccounts accounts;

    private AccountsWorkbook(Workbook workbook, FinalAccounts accounts) {
        this.workbook = workbook;
        this.accounts = accounts;
    }

    /** An empty workbook to fill. */
    public static void template(OutputStream out) throws IOException {
        write(null, out);
    }

    /** The workbook filled with {@code accounts} (null: empty). */
    public static void write(FinalAccounts accounts, OutputStream out) throws IOException {
        Workbook workbook = new Workbook(out, "Jixiao", "1.0");
        AccountsWorkbook writer = new AccountsWorkbook(workbook, accounts);
        writer.guide();
        writer.table1();
        writer.functionTable(T2, accounts == null ? null : accounts.income(), Layouts.TABLE2, Layouts.sumOfRest(Layouts.TABLE2), false);
        writer.functionTable(T3, accounts == null ? null : accounts.expenditure(), Layouts.TABLE3, Layouts.sumOfRest(Layouts.TABLE3), false);
        writer.table4();
        writer.functionTable(T5, accounts == null ? null : accounts.general(), Layouts.BASIC_PROJECT,
                Layouts.sumOfRest(Layouts.BASIC_PROJECT), true);
        writer.table6();
        writer.functionTable(T7, accounts == null ? null : accounts.governmentFund(), Layouts.TABLE7, Layouts.TABLE7_IDENTITY, false);
        writer.functionTable(T8, accounts == null ? null : accounts.stateCapital(), Layouts.BASIC_PROJECT,
                Layouts.sumOfRest(Layouts.BASIC_PROJECT), false);
        writer.table9();
        writer.factSheet();
        writer.performance();
        workbook.finish();
    }

    // ---- helpers --------------------------------------------------------------------------------------------------

    /** {@code row} is 1-based (as Excel shows it), {@code column} 0-based. */
    private static void text(Worksheet ws, int row, int column, String value) {
        if (value != null) {
            ws.value(row - 1, column, value);
        }
    }

    private static void amount(Worksheet ws, int row, int column, BigDecimal value) {
        if (value != null) {
            ws.value(row - 1, column, FinalAccountsWriter.plain(value));
            ws.style(row - 1, column).format("#,##0.00").set();
        }
    }

    private static void formula(Worksheet ws, int row, int column, String formula) {
        ws.formula(row - 1, column, formula);
        ws.style(row - 1, column).format("#,##0.00").fillColor("F2F2F2").set();
    }

    private Worksheet sheet(Table table, int width, String unitNote) {
        Worksheet ws = workbook.newWorksheet(table.sheet());
        text(ws, 1, 0, table.title());
        ws.range(0, 0, 0, width - 1).merge();
        ws.style(0, 0).bold().fontSize(14).horizontalAlignment("center").set();
        String unit = accounts == null ? "编制单位：" : "编制单位：" + accounts.meta().department() + "　　" + accounts.meta().year() + "年度";
        text(ws, 2, 0, unit + "　　" + "公开" + table.id().substring(1) + "表　　金额单位：万元" + (unitNote == null ? "" : "　　" + unitNote));
        return ws;
    }

    private static void header(Worksheet ws, int row, List<String> titles, int from) {
        for (int i = 0; i < titles.size(); i++) {
            text(ws, row, from + i, titles.get(i));
            ws.style(row - 1, from + i).bold().wrapText(true).horizontalAlignment("center").fillColor("DDEBF7").set();
        }
    }

    // ---- 说明 -----------------------------------------------------------------------------------------------------

    private void guide() {
        Worksheet ws = workbook.newWorksheet(GUIDE_SHEET);
        ws.width(0, 110);
        List<String> lines = List.of(
                "部门决算公开表（Jixiao 格式 jixiao.final-accounts/1 的 Excel 版）填写说明",
                "",
                "1. 本工作簿包含九张公开表（表1—表9，每张一个工作表，栏目与公开格式一致），以及“情况说明资料”“绩效自评”两个工作表，"
                        + "用于填写九张表以外、情况说明需要的数字和文字。填好后运行：jixiao accounts import 决算表.xlsx -o 决算数据.yaml，"
                        + "或直接 jixiao accounts review 决算表.xlsx、jixiao accounts explain 决算表.xlsx -o 情况说明.docx。",
                "2. 金额单位为万元，直接填数字（可带小数，最多按单元格原值读取，不四舍五入）；不能为负数。"
                        + "以文本形式存放的数字（如“1,176.5”）也能识别，其它文字（如“一百”）会报错并指出工作表和单元格。",
                "3. 灰色底纹的单元格是公式（类、款行和合计等），由系统按下级数字计算，不读取其中的值；"
                        + "如公开表上的类、款或合计数与下级之和不同（例如尾差），可以把公式改为公开表上的数字，审核时会核对并提示差异。",
                "4. 表2、表3、表5、表7、表8：第3行是栏目，第4行是合计行，第5行起每行一个支出功能分类科目，A列填科目编码"
                        + "（类3位、款5位、项7位，可填为文本或数字），B列填科目名称；类、款、项依次列出，项的上级款、款的上级类必须在本表中先列出。",
                "5. 有科目编码的行必须至少填一个金额；某栏确为零请填 0，不要整行留空（整行留空会报错，以免漏填的行被当作零）。"
                        + "空白单元格表示该栏未列数（按 0 计）。",
                "6. 表5 右侧两栏“年初预算数”“差异原因”不属于公开表，只用于情况说明第五部分（三），按项级科目填写。",
                "7. 表1 支出一侧的类级科目行取自表3（公式），不必重填；如填了数字，必须与表3一致。表4 的本年收入合计等小计行、表9 的小计栏同理。",
                "8. 表6 左边三栏填人员经费（301 工资福利支出、303 对个人和家庭的补助），右边三栏填公用经费（302、310 等），最后一行是两项合计。",
                "9. 表9 第4行填预算数，第5行填决算数；公务接待费分国内和国（境）外两栏填写（情况说明分别叙述）。",
                "10. “情况说明资料”：按A列的项目在B列填写，A列的项目名称不要改动；上年数取自上年的决算公开表。原因说明是单位自己的表述，原样插入情况说明。",
                "11. “绩效自评”：每个小标题下先是栏目行，再逐行填写；没有的可以不填。",
                "12. 任何一处有错，整个工作簿都不导入（不会只导入一部分）；所有错误一次列出，每条写明工作表和单元格。",
                "",
                "格式说明见 docs/final-accounts-format.md（“Excel 工作簿”一节）。");
        for (int i = 0; i < lines.size(); i++) {
            text(ws, i + 1, 0, lines.get(i));
            ws.style(i, 0).wrapText(true).set();
        }
        ws.style(0, 0).bold().fontSize(14).set();
    }

    // ---- 表1 ------------------------------------------------------------------------------------------------------

    private void table1() {
        Worksheet ws = sheet(T1, 4, null);
        header(ws, HEADER_ROW, List.of("项目（收入）", "金额", "项目（支出）", "金额"), 0);
        ws.width(0, 36);
        ws.width(1, 16);
        ws.width(2, 36);
        ws.width(3, 16);
        Summary s = accounts == null ? null : accounts.summary();
        List<String> classes = accounts == null ? List.of() : accounts.expenditure().codesAt(Subject.Level.CLASS);
        int items = Math.max(Layouts.INCOME_SOURCES.size(), classes.size());
        int first = HEADER_ROW + 1;
        for (int i = 0; i < Layouts.INCOME_SOURCES.size(); i++) {
            Column c = Layouts.INCOME_SOURCES.get(i);
            text(ws, first + i, 0, NUMERALS[i] + "、" + c.label());
            amount(ws, first + i, 1, s == null ? null : s.income().get(c.key()));
        }
        Map<String, Integer> t3Rows = functionRows(accounts == null ? null : accounts.expenditure());
        for (int i = 0; i < classes.size(); i++) {
            String code = classes.get(i);
            text(ws, first + i, 2, NUMERALS[Math.min(i, NUMERALS.length - 1)] + "、" + accounts.subjects().name(code));
            formula(ws, first + i, 3, "'" + T3.sheet() + "'!" + cell(2, t3Rows.get(code)));
        }
        int totals = first + items;
        text(ws, totals, 0, T1_INCOME_TOTAL);
        if (s != null && s.incomeTotal() != null) {
            amount(ws, totals, 1, s.incomeTotal());
        } else {
            formula(ws, totals, 1, "SUM(" + cell(1, first) + ":" + cell(1, first + Layouts.INCOME_SOURCES.size() - 1) + ")");
        }
        text(ws, totals + 1, 0, T1_USE_OF_BALANCE);
        amount(ws, totals + 1, 1, s == null ? null : s.useOfNonFiscalBalance());
        text(ws, totals + 2, 0, T1_OPENING);
        amount(ws, totals + 2, 1, s == null ? null : s.openingBalance());
        text(ws, totals + 3, 0, T1_INCOME_GRAND);
        if (s != null && s.incomeGrandTotal() != null) {
            amount(ws, totals + 3, 1, s.incomeGrandTotal());
        } else {
            formula(ws, totals + 3, 1, cell(1, totals) + "+" + cell(1, totals + 1) + "+" + cell(1, totals + 2));
        }
        text(ws, totals, 2, T1_EXPENDITURE_TOTAL);
        if (s != null && s.expenditureTotal() != null) {
            amount(ws, totals, 3, s.expenditureTotal());
        } else {
            formula(ws, totals, 3, "'" + T3.sheet() + "'!" + cell(2, TOTAL_ROW));
        }
        text(ws, totals + 1, 2, T1_SURPLUS);
        amount(ws, totals + 1, 3, s == null ? null : s.surplusDistribution());
        text(ws, totals + 2, 2, T1_CLOSING);
        amount(ws, totals + 2, 3, s == null ? null : s.closingBalance());
        text(ws, totals + 3, 2, T1_EXPENDITURE_GRAND);
        if (s != null && s.expenditureGrandTotal() != null) {
            amount(ws, totals + 3, 3, s.expenditureGrandTotal());
        } else {
            formula(ws, totals + 3, 3, cell(3, totals) + "+" + cell(3, totals + 1) + "+" + cell(3, totals + 2));
        }
        for (int r = totals; r <= totals + 3; r += 3) {
            ws.style(r - 1, 0).bold().set();
            ws.style(r - 1, 2).bold().set();
        }
    }

    /** The sheet row of each code of a function table as {@link #functionTable} lays it out. */
    private static Map<String, Integer> functionRows(FunctionTable table) {
        Map<String, Integer> rows = new HashMap<>();
        if (table != null) {
            List<String> codes = table.allCodes();
            for (int i = 0; i < codes.size(); i++) {
                rows.put(codes.get(i), FIRST_DATA_ROW + i);
            }
        }
        return rows;
    }

    // ---- 表2, 3, 5, 7, 8 ------------------------------------------------------------------------------------------

    private void functionTable(Table t, FunctionTable table, List<Column> columns, RowIdentity identity, boolean withBudget) {
        int width = 2 + columns.size() + (withBudget ? 2 : 0);
        Worksheet ws = sheet(t, width, table != null && table.isEmpty() ? "本表无数据（公开时注明“本表为空表”）" : null);
        List<String> titles = new ArrayList<>(List.of(CODE, NAME));
        columns.forEach(c -> titles.add(c.label()));
        if (withBudget) {
            titles.add(INITIAL_BUDGET);
            titles.add(ITEM_REASON);
        }
        header(ws, HEADER_ROW, titles, 0);
        ws.width(0, 12);
        ws.width(1, 30);
        for (int i = 0; i < columns.size(); i++) {
            ws.width(2 + i, 16);
        }
        if (withBudget) {
            ws.width(2 + columns.size(), 16);
            ws.width(3 + columns.size(), 40);
        }
        ws.freezePane(2, HEADER_ROW);
        text(ws, TOTAL_ROW, 0, TOTAL_LABEL);
        ws.style(TOTAL_ROW - 1, 0).bold().set();
        if (table == null) {
            return;
        }
        Map<String, Integer> rows = functionRows(table);
        Map<String, Integer> columnIndex = new LinkedHashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            columnIndex.put(columns.get(i).key(), 2 + i);
        }
        List<String> classes = table.codesAt(Subject.Level.CLASS);
        boolean empty = table.allCodes().isEmpty();
        for (Column c : columns) {
            int col = columnIndex.get(c.key());
            BigDecimal stated = table.statedTotal().get(c.key());
            if (stated != null) {
                amount(ws, TOTAL_ROW, col, stated);
            } else if (identity != null && identity.result().equals(c.key())
                    && identity.plus().stream().anyMatch(table.statedTotal()::containsKey)) {
                formula(ws, TOTAL_ROW, col, identityFormula(identity, columnIndex, TOTAL_ROW));
            } else if (!empty) {
                formula(ws, TOTAL_ROW, col, sumOf(col, classes.stream().map(rows::get).toList()));
            }
        }
        SubjectCatalogue subjects = accounts.subjects();
        for (String code : table.allCodes()) {
            int r = rows.get(code);
            text(ws, r, 0, code);
            text(ws, r, 1, subjects.name(code));
            TableRow row = table.statedRows().stream().filter(x -> x.code().equals(code)).findFirst().orElse(null);
            for (Column c : columns) {
                int col = columnIndex.get(c.key());
                if (row != null && row.has(c.key())) {
                    amount(ws, r, col, row.get(c.key()));
                } else if (row != null && identity != null && identity.result().equals(c.key())
                        && identity.plus().stream().anyMatch(row::has)) {
                    formula(ws, r, col, identityFormula(identity, columnIndex, r));
                } else if (Subject.level(code) != Subject.Level.ITEM) {
                    formula(ws, r, col, sumOf(col, table.children(code).stream().map(rows::get).toList()));
                }
            }
            if (withBudget) {
                amount(ws, r, 2 + columns.size(), accounts.initialBudgets().get(code));
                text(ws, r, 3 + columns.size(), accounts.itemReasons().get(code));
            }
        }
    }

    private static String identityFormula(RowIdentity identity, Map<String, Integer> columnIndex, int row) {
        StringBuilder f = new StringBuilder();
        for (String key : identity.plus()) {
            f.append(f.length() == 0 ? "" : "+").append(cell(columnIndex.get(key), row));
        }
        for (String key : identity.minus()) {
            f.append("-").append(cell(columnIndex.get(key), row));
        }
        return f.toString();
    }

    private static String sumOf(int column, List<Integer> rows) {
        if (rows.isEmpty()) {
            return "0";
        }
        StringBuilder f = new StringBuilder();
        for (int r : rows) {
            f.append(f.length() == 0 ? "" : "+").append(cell(column, r));
        }
        return f.toString();
    }

    // ---- 表4 ------------------------------------------------------------------------------------------------------

    private void table4() {
        Worksheet ws = sheet(T4, 4, null);
        header(ws, HEADER_ROW, List.of("项目（收入）", "金额", "项目（支出）", "金额"), 0);
        ws.width(0, 36);
        ws.width(1, 16);
        ws.width(2, 36);
        ws.width(3, 16);
        FiscalSummary f = accounts == null ? null : accounts.fiscal();
        int first = HEADER_ROW + 1;
        for (int i = 0; i < T4_INCOME_LABELS.size(); i++) {
            text(ws, first + i, 0, T4_INCOME_LABELS.get(i));
            text(ws, first + i, 2, T4_EXPENDITURE_LABELS.get(i));
        }
        for (int k = 0; k < Layouts.FISCAL_KINDS.size(); k++) {
            String kind = Layouts.FISCAL_KINDS.get(k).key();
            amount(ws, first + k, 1, f == null ? null : f.income().get(kind));
            amount(ws, first + k, 3, f == null ? null : f.expenditure().get(kind));
            amount(ws, first + 5 + k, 1, f == null ? null : f.opening().get(kind));
            amount(ws, first + 5 + k, 3, f == null ? null : f.closing().get(kind));
        }
        for (int col : new int[] {1, 3}) {
            formula(ws, first + 3, col, "SUM(" + cell(col, first) + ":" + cell(col, first + 2) + ")");
            formula(ws, first + 4, col, "SUM(" + cell(col, first + 5) + ":" + cell(col, first + 7) + ")");
        }
        BigDecimal in = f == null ? null : f.incomeGrandTotal();
        BigDecimal out = f == null ? null : f.expenditureGrandTotal();
        if (in != null) {
            amount(ws, first + 8, 1, in);
        } else {
            formula(ws, first + 8, 1, cell(1, first + 3) + "+" + cell(1, first + 4));
        }
        if (out != null) {
            amount(ws, first + 8, 3, out);
        } else {
            formula(ws, first + 8, 3, cell(3, first + 3) + "+" + cell(3, first + 4));
        }
    }

    // ---- 表6 ------------------------------------------------------------------------------------------------------

    private void table6() {
        Worksheet ws = sheet(T6, 6, null);
        text(ws, HEADER_ROW, 0, T6_PERSONNEL);
        text(ws, HEADER_ROW, 3, T6_PUBLIC);
        ws.range(HEADER_ROW - 1, 0, HEADER_ROW - 1, 2).merge();
        ws.range(HEADER_ROW - 1, 3, HEADER_ROW - 1, 5).merge();
        ws.style(HEADER_ROW - 1, 0).bold().horizontalAlignment("center").fillColor("DDEBF7").set();
        ws.style(HEADER_ROW - 1, 3).bold().horizontalAlignment("center").fillColor("DDEBF7").set();
        header(ws, T6_SUBHEADER_ROW, List.of(CODE, NAME, T6_AMOUNT, CODE, NAME, T6_AMOUNT), 0);
        ws.width(0, 12);
        ws.width(1, 28);
        ws.width(2, 14);
        ws.width(3, 12);
        ws.width(4, 28);
        ws.width(5, 14);
        List<EconomicRow> personnel = accounts == null ? List.of() : accounts.basicDetail().personnelRows();
        List<EconomicRow> pub = accounts == null ? List.of() : accounts.basicDetail().publicRows();
        int first = T6_SUBHEADER_ROW + 1;
        writeEconomic(ws, personnel, first, 0);
        writeEconomic(ws, pub, first, 3);
        int totalRow = first + Math.max(personnel.size(), pub.size());
        text(ws, totalRow, 0, T6_PERSONNEL_TOTAL);
        text(ws, totalRow, 3, T6_PUBLIC_TOTAL);
        ws.style(totalRow - 1, 0).bold().set();
        ws.style(totalRow - 1, 3).bold().set();
        BigDecimal p = accounts == null ? null : accounts.basicDetail().personnelTotal();
        BigDecimal g = accounts == null ? null : accounts.basicDetail().publicTotal();
        if (p != null) {
            amount(ws, totalRow, 2, p);
        } else {
            formula(ws, totalRow, 2, totalRow > first ? "SUM(" + cell(2, first) + ":" + cell(2, totalRow - 1) + ")" : "0");
        }
        if (g != null) {
            amount(ws, totalRow, 5, g);
        } else {
            formula(ws, totalRow, 5, totalRow > first ? "SUM(" + cell(5, first) + ":" + cell(5, totalRow - 1) + ")" : "0");
        }
    }

    private static void writeEconomic(Worksheet ws, List<EconomicRow> rows, int first, int column) {
        for (int i = 0; i < rows.size(); i++) {
            text(ws, first + i, column, rows.get(i).code());
            text(ws, first + i, column + 1, rows.get(i).name());
            amount(ws, first + i, column + 2, rows.get(i).amount());
        }
    }

    // ---- 表9 ------------------------------------------------------------------------------------------------------

    private void table9() {
        Worksheet ws = sheet(T9, 1 + T9_COLUMNS.size(), null);
        List<String> titles = new ArrayList<>(List.of("项目"));
        titles.addAll(T9_COLUMNS);
        header(ws, HEADER_ROW, titles, 0);
        ws.width(0, 10);
        for (int i = 1; i <= T9_COLUMNS.size(); i++) {
            ws.width(i, 16);
        }
        threePublicRow(ws, HEADER_ROW + 1, T9_BUDGET, accounts == null ? null : accounts.threePublic().budget());
        threePublicRow(ws, HEADER_ROW + 2, T9_ACTUAL, accounts == null ? null : accounts.threePublic().actual());
    }

    private static void threePublicRow(Worksheet ws, int r, String label, ThreePublic.Amounts a) {
        text(ws, r, 0, label);
        if (a != null && a.statedTotal() != null) {
            amount(ws, r, 1, a.statedTotal());
        } else {
            formula(ws, r, 1, cell(2, r) + "+" + cell(3, r) + "+" + cell(6, r));
        }
        amount(ws, r, 2, a == null ? null : a.overseas());
        formula(ws, r, 3, cell(4, r) + "+" + cell(5, r));
        amount(ws, r, 4, a == null ? null : a.vehiclePurchase());
        amount(ws, r, 5, a == null ? null : a.vehicleOperation());
        formula(ws, r, 6, cell(7, r) + "+" + cell(8, r));
        amount(ws, r, 7, a == null ? null : a.receptionDomestic());
        amount(ws, r, 8, a == null ? null : a.receptionForeign());
    }

    // ---- 情况说明资料 ----------------------------------------------------------------------------------------------

    private void factSheet() {
        Worksheet ws = workbook.newWorksheet(FACTS_SHEET);
        text(ws, 1, 0, "情况说明资料（九张表以外、情况说明需要的数字和文字）");
        ws.style(0, 0).bold().fontSize(14).set();
        text(ws, 2, 0, "按A列的项目在B列填写，A列不要改动；金额单位：万元。");
        header(ws, HEADER_ROW, List.of("项目", "内容", "说明"), 0);
        ws.width(0, 44);
        ws.width(1, 40);
        ws.width(2, 40);
        Map<String, Object> values = accounts == null ? Map.of() : factValues(accounts);
        int r = HEADER_ROW + 1;
        for (Fact fact : facts()) {
            text(ws, r, 0, fact.label());
            if (fact.kind() == Kind.SECTION) {
                ws.style(r - 1, 0).bold().set();
            } else {
                Object value = values.get(fact.label());
                if (value instanceof BigDecimal d) {
                    amount(ws, r, 1, d);
                } else if (value instanceof Integer i) {
                    ws.value(r - 1, 1, i);
                } else if (value instanceof String s) {
                    text(ws, r, 1, s);
                    ws.style(r - 1, 1).wrapText(true).set();
                }
                text(ws, r, 2, (fact.required() ? "必填。" : "") + fact.note());
            }
            r++;
        }
    }

    static Map<String, Object> factValues(FinalAccounts a) {
        Map<String, Object> v = new HashMap<>();
        v.put(DEPARTMENT, a.meta().department());
        v.put(DEPARTMENT_SHORT, a.meta().departmentShort());
        v.put(YEAR, a.meta().year());
        v.put(PRIOR_GRAND, a.prior().grandTotal());
        for (Column c : Layouts.INCOME_ITEMS) {
            putIfPresent(v, priorLabel(c), a.prior().income().get(c.key()));
        }
        for (Column c : Layouts.TABLE3) {
            putIfPresent(v, priorLabel(c), a.prior().expenditure().get(c.key()));
        }
        v.put(PRIOR_FISCAL_GRAND, a.prior().fiscalGrandTotal());
        v.put(PRIOR_GENERAL, a.prior().generalPublicExpenditure());
        ThreePublic.Counts c = a.threePublic().counts();
        int[] counts = {c.overseasGroups(), c.overseasPersons(), c.vehiclesPurchased(), c.vehiclesHeld(), c.domesticBatches(),
                c.domesticPersons(), c.foreignAffairsBatches(), c.foreignAffairsPersons(), c.foreignBatches(), c.foreignPersons()};
        for (int i = 0; i < counts.length; i++) {
            v.put(COUNT_LABELS.get(i), counts[i]);
        }
        v.put(OFFICE_BUDGET, a.officeRunning().budget());
        v.put(OFFICE_ACTUAL, a.officeRunning().actual());
        Facts.Procurement p = a.procurement();
        BigDecimal[] procurement = {p.goods(), p.works(), p.services(), p.smeGoods(), p.smeWorks(), p.smeServices(), p.smallMicro()};
        for (int i = 0; i < procurement.length; i++) {
            v.put(PROCUREMENT_LABELS.get(i), procurement[i]);
        }
        for (String type : FinalAccountsReader.VEHICLE_TYPES.values()) {
            v.put(vehicleLabel(type), a.assets().vehicles().getOrDefault(type, 0));
        }
        v.put(LARGE_EQUIPMENT, a.assets().largeEquipment());
        v.put(PERF_LEVEL, a.performance().level());
        v.put(PERF_AMOUNT, a.performance().selfEvaluatedAmount());
        v.put(PERF_BASE, a.performance().projectBudgetTotal());
        putIfPresent(v, PERF_REMARKS, a.performance().remarks());
        for (ReasonKey key : ReasonKey.values()) {
            putIfPresent(v, key.description(), a.reasons().get(key));
        }
        return v;
    }

    private static void putIfPresent(Map<String, Object> map, String key, Object value) {
        if (value != null) {
            map.put(key, value);
        }
    }

    // ---- 绩效自评 --------------------------------------------------------------------------------------------------

    private void performance() {
        Worksheet ws = workbook.newWorksheet(PERFORMANCE_SHEET);
        text(ws, 1, 0, "预算绩效情况（情况说明第十三部分）：每个小标题下先是栏目行，再逐行填写；小标题和栏目行不要改动");
        ws.style(0, 0).bold().set();
        ws.width(0, 36);
        for (int i = 1; i < 7; i++) {
            ws.width(i, i >= 4 ? 36 : 16);
        }
        Facts.Performance p = accounts == null ? null : accounts.performance();
        int r = 3;
        r = block(ws, r, RESULTS, p == null ? List.of() : p.results().stream()
                .map(x -> List.<Object>of(x.name(), x.score(), x.grade())).toList());
        r = block(ws, r, SUMMARIES, p == null ? List.of() : p.summaries().stream()
                .map(x -> java.util.Arrays.<Object>asList(x.name(), x.score(), x.budget(), x.executed(), x.achieved(), x.problems(),
                        x.measures())).toList());
        r = block(ws, r, EVALUATIONS, p == null ? List.of() : p.departmentEvaluations().stream()
                .map(x -> List.<Object>of(x.project(), x.amount(), x.score(), x.grade())).toList());
        r = block(ws, r, TRANSFERS, p == null ? List.of() : p.transferProjects().stream().map(x -> List.<Object>of(x)).toList());
        block(ws, r, KEY_EVALUATIONS, p == null ? List.of() : p.keyEvaluations().stream().map(x -> List.<Object>of(x)).toList());
    }

    private static int block(Worksheet ws, int r, Block block, List<List<Object>> rows) {
        text(ws, r, 0, block.title());
        ws.style(r - 1, 0).bold().fontSize(12).set();
        header(ws, r + 1, block.headers(), 0);
        int row = r + 2;
        for (List<Object> values : rows) {
            for (int i = 0; i < values.size(); i++) {
                Object value = values.get(i);
                if (value instanceof BigDecimal d) {
                    ws.value(row - 1, i, FinalAccountsWriter.plain(d));
                } else if (value != null) {
                    text(ws, row, i, value.toString());
                }
            }
            row++;
        }
        return row + 2;
    }
}
