package org.jixiao.formats.disclosure;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.jixiao.core.finalaccounts.AccountsTables;
import org.jixiao.core.finalaccounts.BasicDetail;
import org.jixiao.core.finalaccounts.EconomicRow;
import org.jixiao.core.finalaccounts.FinalAccounts;
import org.jixiao.core.finalaccounts.FiscalSummary;
import org.jixiao.core.finalaccounts.FunctionTable;
import org.jixiao.core.finalaccounts.Layouts;
import org.jixiao.core.finalaccounts.Subject;
import org.jixiao.core.finalaccounts.ThreePublic;

/**
 * The Zibo 2024 reference disclosure as it is published: the nine tables of {@code examples/zibo-industry-2024-accounts.yaml}
 * printed in the 公开01–09表 layouts (each figure as the tables print it, 万元 with 2 decimals, the two-sided 表1 and 表4,
 * the “三公” table across), and the reference 情况说明 text (第三部分 of {@code ../shared/reference}) with its headings.
 */
final class ZiboPublished {
    static final Path EXAMPLE = Path.of("..", "examples", "zibo-industry-2024-accounts.yaml");
    static final Path REFERENCE = Path.of("..", "..", "shared", "reference", "zibo-industry-bureau-2024-final-accounts.txt");
    private static final String[] NUMERALS = {"", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二", "十三", "十四",
        "十五", "十六", "十七", "十八", "十九", "二十"};

    private final FinalAccounts accounts;
    private final List<AccountsTables.Table> tables;

    ZiboPublished(FinalAccounts accounts) {
        this.accounts = accounts;
        this.tables = AccountsTables.of(accounts);
    }

    byte[] docx(List<String> text) {
        DisclosureDocx writer = new DisclosureDocx().title("2024年度淄博高新技术产业开发区工业信息化和商务局部门决算");
        writer.heading("第二部分 2024年度部门决算表");
        for (Grid grid : grids()) {
            writer.tablePage(grid);
        }
        writer.orientation(false).pageBreak().heading("第三部分 2024年度部门决算情况说明");
        for (String paragraph : text) {
            if (paragraph.startsWith("#")) {
                writer.heading(paragraph.substring(1));
            } else {
                writer.paragraph(paragraph);
            }
        }
        return writer.bytes();
    }

    List<Grid> grids() {
        List<Grid> grids = new ArrayList<>();
        grids.add(summary());
        grids.add(coded(tables.get(1), 2));
        grids.add(coded(tables.get(2), 3));
        grids.add(fiscal());
        grids.add(coded(tables.get(4), 5));
        grids.add(basic());
        grids.add(coded(tables.get(6), 7));
        grids.add(coded(tables.get(7), 8));
        grids.add(three());
        return grids;
    }

    /** The reference's 第三部分 as headings ("#…") and paragraphs, a paragraph broken over lines joined again. */
    static List<String> referenceText() throws java.io.IOException {
        List<String> out = new ArrayList<>();
        boolean inside = false;
        StringBuilder pending = null;
        for (String raw : Files.readAllLines(REFERENCE, StandardCharsets.UTF_8)) {
            String line = raw.strip().replace("**", "").replaceFirst("^#+\\s*", "#").replaceFirst("^-\\s+", "");
            if (raw.startsWith("## 第三部分")) {
                inside = true;
                continue;
            }
            if (raw.startsWith("## 第四部分")) {
                break;
            }
            if (!inside || line.isEmpty() || line.startsWith("图") || line.equals("#")) {
                continue;
            }
            boolean heading = line.startsWith("#") || line.matches("^[一二三四五六七八九十]+、[^。]*$") || line.matches("^[（(][一二三四五六七八九十]+[）)][^。]*$");
            if (heading) {
                if (pending != null) {
                    out.add(pending.toString());
                    pending = null;
                }
                String text = line.replaceFirst("^#", "").strip();
                if (!text.contains("部门决算情况说明") && !text.isEmpty()) {
                    out.add("#" + text);
                }
                continue;
            }
            pending = pending == null ? new StringBuilder(line) : pending.append(line);
            if ("。：；）".indexOf(line.charAt(line.length() - 1)) >= 0) {
                out.add(pending.toString());
                pending = null;
            }
        }
        if (pending != null) {
            out.add(pending.toString());
        }
        return out;
    }

    private static String money(BigDecimal value) {
        return value == null ? "" : String.format("%,.2f", value);
    }

    private static String[] cells(int columns, String... first) {
        String[] row = new String[columns];
        java.util.Arrays.fill(row, "");
        System.arraycopy(first, 0, row, 0, first.length);
        return row;
    }

    private static Grid start(int number, String title) {
        return new Grid().above(String.format("公开%02d表", number), title, "编制单位：淄博高新技术产业开发区工业信息化和商务局　　　　单位：万元");
    }

    /** 表1, its rows split into the 收入 half and the 支出 half. */
    private Grid summary() {
        AccountsTables.Table table = tables.get(0);
        List<String[]> income = new ArrayList<>();
        List<String[]> spending = new ArrayList<>();
        List<String[]> side = income;
        int n = 0;
        for (AccountsTables.Row row : table.rows()) {
            if (row.kind() == AccountsTables.Kind.HEADING) {
                side = row.name().equals("支出") ? spending : income;
                n = 0;
                continue;
            }
            String name = row.name();
            boolean numbered = row.code() != null || side == income && Layouts.INCOME_SOURCES.stream().anyMatch(c -> c.label().equals(row.name()));
            if (numbered) {
                name = NUMERALS[++n] + "、" + name;
            }
            side.add(new String[] {name.equals("收入总计") || name.equals("支出总计") ? "总计" : name, money(row.values().get(0))});
        }
        Grid grid = start(1, "收入支出决算总表");
        grid.row(cells(6, "收入", "", "", "支出")).merge(0, 0, 1, 3).merge(0, 3, 1, 3);
        grid.row(cells(6, "项目", "行次", "金额", "项目", "行次", "金额"));
        grid.row(cells(6, "栏次", "", "1", "栏次", "", "2"));
        grid.headerRows = 3;
        // the balance items stand level with each other at the bottom
        int incomeLines = income.size() - 4;
        int spendingLines = spending.size() - 4;
        int lines = Math.max(incomeLines, spendingLines);
        for (int i = 0; i < lines + 4; i++) {
            String[] in = i < lines ? (i < incomeLines ? income.get(i) : new String[] {"", ""}) : income.get(incomeLines + i - lines);
            String[] out = i < lines ? (i < spendingLines ? spending.get(i) : new String[] {"", ""}) : spending.get(spendingLines + i - lines);
            grid.row(cells(6, in[0], in[0].isEmpty() || i >= lines ? "" : String.valueOf(i + 1), in[1], out[0],
                    out[0].isEmpty() || i >= lines ? "" : String.valueOf(i + 31), out[1]));
        }
        grid.widths = new int[] {2900, 600, 1300, 2900, 600, 1300};
        return grid;
    }

    /** A table by 科目: 合计, then 类, 款, 项 with codes in one column. */
    private Grid coded(AccountsTables.Table table, int number) {
        int width = 2 + table.columns().size();
        Grid grid = start(number, table.title());
        boolean groups = table.columns().stream().anyMatch(c -> c.contains("·"));
        String[] top = cells(width, "项目", "");
        String[] second = cells(width, "科目编码", "科目名称");
        for (int c = 0; c < table.columns().size(); c++) {
            String label = table.columns().get(c);
            if (label.contains("·")) {
                top[2 + c] = label.substring(0, label.indexOf('·'));
                second[2 + c] = label.substring(label.indexOf('·') + 1);
            } else {
                top[2 + c] = label;
                second[2 + c] = label;
            }
        }
        grid.row(top).row(second).merge(0, 0, 1, 2);
        for (int c = 0; c < table.columns().size(); c++) {
            String label = table.columns().get(c);
            if (!label.contains("·")) {
                grid.merge(0, 2 + c, 2, 1);
            }
        }
        if (groups) {
            int first = -1;
            for (int c = 0; c < table.columns().size(); c++) {
                if (table.columns().get(c).contains("·")) {
                    first = first < 0 ? c : first;
                }
            }
            long span = table.columns().stream().filter(l -> l.contains("·")).count();
            grid.merge(0, 2 + first, 1, (int) span);
        }
        String[] lines = cells(width, "栏次", "");
        for (int c = 0; c < table.columns().size(); c++) {
            lines[2 + c] = String.valueOf(c + 1);
        }
        grid.row(lines).merge(2, 0, 1, 2);
        grid.headerRows = 3;
        for (AccountsTables.Row row : table.rows()) {
            String[] cells = cells(width, row.code() == null ? row.name() : row.code(), row.code() == null ? "" : row.name());
            for (int c = 0; c < row.values().size(); c++) {
                cells[2 + c] = table.empty() ? "" : money(row.values().get(c));
            }
            grid.row(cells);
            if (row.code() == null) {
                grid.merge(grid.rows.size() - 1, 0, 1, 2);
            }
        }
        if (table.empty()) {
            grid.below = "注：本部门2024年度没有" + (number == 7 ? "政府性基金预算财政拨款收入，也没有使用政府性基金预算财政拨款安排的支出" : "国有资本经营预算财政拨款支出")
                    + "，故本表无数据。";
        }
        int[] widths = new int[width];
        for (int c = 0; c < width; c++) {
            widths[c] = c == 0 ? 1000 : c == 1 ? 2800 : Math.max(900, 6000 / table.columns().size());
        }
        grid.widths = widths;
        return grid;
    }

    /** 表4 in its two halves: income by kind and balances; expenditure by 类 and by kind. */
    private Grid fiscal() {
        FiscalSummary f = accounts.fiscal();
        FunctionTable general = accounts.general();
        FunctionTable fund = accounts.governmentFund();
        FunctionTable capital = accounts.stateCapital();
        Grid grid = start(4, "财政拨款收入支出决算总表");
        grid.row(cells(9, "收入", "", "", "支出")).merge(0, 0, 1, 3).merge(0, 3, 1, 6);
        grid.row(cells(9, "项目", "行次", "金额", "项目", "行次", "合计", "一般公共预算财政拨款", "政府性基金预算财政拨款", "国有资本经营预算财政拨款"));
        grid.row(cells(9, "栏次", "", "1", "栏次", "", "2", "3", "4", "5"));
        grid.headerRows = 3;
        List<String[]> income = List.of(
                new String[] {"一、一般公共预算财政拨款", money(f.get(f.income(), "general_public"))},
                new String[] {"二、政府性基金预算财政拨款", money(f.get(f.income(), "government_fund"))},
                new String[] {"三、国有资本经营预算财政拨款", money(f.get(f.income(), "state_capital"))});
        List<String[]> spending = new ArrayList<>();
        int n = 0;
        java.util.TreeSet<String> classes = new java.util.TreeSet<>(general.codesAt(Subject.Level.CLASS));
        classes.addAll(fund.codesAt(Subject.Level.CLASS));
        classes.addAll(capital.codesAt(Subject.Level.CLASS));
        for (String code : classes) {
            BigDecimal gp = general.isStated(code) || general.codesAt(Subject.Level.CLASS).contains(code) ? general.value(code, Layouts.TOTAL) : BigDecimal.ZERO;
            BigDecimal gf = fund.codesAt(Subject.Level.CLASS).contains(code) ? fund.value(code, "basic").add(fund.value(code, "project")) : BigDecimal.ZERO;
            BigDecimal sc = capital.codesAt(Subject.Level.CLASS).contains(code) ? capital.value(code, Layouts.TOTAL) : BigDecimal.ZERO;
            spending.add(new String[] {NUMERALS[++n] + "、" + accounts.subjects().name(code), money(gp.add(gf).add(sc)), money(gp), money(gf), money(sc)});
        }
        int lines = Math.max(income.size(), spending.size());
        for (int i = 0; i < lines; i++) {
            String[] in = i < income.size() ? income.get(i) : new String[] {"", ""};
            String[] out = i < spending.size() ? spending.get(i) : new String[] {"", "", "", "", ""};
            grid.row(cells(9, in[0], in[0].isEmpty() ? "" : String.valueOf(i + 1), in[1], out[0], out[0].isEmpty() ? "" : String.valueOf(i + 33),
                    out[1], out[2], out[3], out[4]));
        }
        grid.row(cells(9, "本年收入合计", "", money(f.incomeSum()), "本年支出合计", "", money(f.expenditureSum()),
                money(f.get(f.expenditure(), "general_public")), money(f.get(f.expenditure(), "government_fund")),
                money(f.get(f.expenditure(), "state_capital"))));
        grid.row(cells(9, "年初财政拨款结转和结余", "", money(f.openingSum()), "年末财政拨款结转和结余", "", money(f.closingSum()),
                money(f.get(f.closing(), "general_public")), money(f.get(f.closing(), "government_fund")), money(f.get(f.closing(), "state_capital"))));
        grid.row(cells(9, "一般公共预算财政拨款", "", money(f.get(f.opening(), "general_public"))));
        grid.row(cells(9, "政府性基金预算财政拨款", "", money(f.get(f.opening(), "government_fund"))));
        grid.row(cells(9, "国有资本经营预算财政拨款", "", money(f.get(f.opening(), "state_capital"))));
        grid.row(cells(9, "总计", "", money(f.effectiveIncomeGrandTotal()), "总计", "", money(f.effectiveExpenditureGrandTotal()),
                money(f.get(f.expenditure(), "general_public").add(f.get(f.closing(), "general_public"))),
                money(f.get(f.expenditure(), "government_fund").add(f.get(f.closing(), "government_fund"))),
                money(f.get(f.expenditure(), "state_capital").add(f.get(f.closing(), "state_capital")))));
        grid.widths = new int[] {2400, 500, 1100, 2400, 500, 1100, 1100, 1100, 1100};
        grid.landscape = true;
        return grid;
    }

    /** 表6 down the page: 经济分类 类 and 款, 合计 / 人员经费 / 公用经费. */
    private Grid basic() {
        BasicDetail detail = accounts.basicDetail();
        Grid grid = start(6, "一般公共预算财政拨款基本支出决算明细表");
        grid.row(cells(5, "科目编码", "科目名称", "决算数")).row(cells(5, "", "", "合计", "人员经费", "公用经费"));
        grid.merge(0, 0, 2, 1).merge(0, 1, 2, 1).merge(0, 2, 1, 3);
        grid.headerRows = 2;
        grid.row(cells(5, "合计", "", money(detail.effectivePersonnel().add(detail.effectivePublic())), money(detail.effectivePersonnel()),
                money(detail.effectivePublic()))).merge(2, 0, 1, 2);
        java.util.Map<String, String> names = java.util.Map.of("301", "工资福利支出", "302", "商品和服务支出", "303", "对个人和家庭的补助");
        for (String cls : List.of("301", "302", "303")) {
            BigDecimal personnel = BigDecimal.ZERO;
            BigDecimal public_ = BigDecimal.ZERO;
            List<String[]> rows = new ArrayList<>();
            for (EconomicRow row : detail.personnelRows()) {
                if (row.code().startsWith(cls)) {
                    personnel = personnel.add(row.amount());
                    rows.add(cells(5, row.code(), row.name(), money(row.amount()), money(row.amount()), ""));
                }
            }
            for (EconomicRow row : detail.publicRows()) {
                if (row.code().startsWith(cls)) {
                    public_ = public_.add(row.amount());
                    rows.add(cells(5, row.code(), row.name(), money(row.amount()), "", money(row.amount())));
                }
            }
            if (!rows.isEmpty()) {
                grid.row(cells(5, cls, names.get(cls), money(personnel.add(public_)), personnel.signum() == 0 ? "" : money(personnel),
                        public_.signum() == 0 ? "" : money(public_)));
                rows.forEach(grid::row);
            }
        }
        grid.widths = new int[] {1100, 3400, 1500, 1500, 1500};
        return grid;
    }

    /** 表9 across: 预算数 and 决算数 of each item. */
    private Grid three() {
        ThreePublic t = accounts.threePublic();
        Grid grid = start(9, "财政拨款“三公”经费支出决算表");
        grid.row(cells(12, "预算数", "", "", "", "", "", "决算数")).merge(0, 0, 1, 6).merge(0, 6, 1, 6);
        grid.row(cells(12, "合计", "因公出国（境）费", "公务用车购置及运行维护费", "", "", "公务接待费", "合计", "因公出国（境）费", "公务用车购置及运行维护费", "", "",
                "公务接待费"));
        grid.row(cells(12, "", "", "小计", "公务用车购置费", "公务用车运行维护费", "", "", "", "小计", "公务用车购置费", "公务用车运行维护费", ""));
        for (int half = 0; half < 12; half += 6) {
            grid.merge(1, half, 2, 1).merge(1, half + 1, 2, 1).merge(1, half + 2, 1, 3).merge(1, half + 5, 2, 1);
        }
        grid.row(cells(12, "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12"));
        grid.headerRows = 4;
        List<String> figures = new ArrayList<>();
        for (ThreePublic.Amounts m : List.of(t.budget(), t.actual())) {
            figures.addAll(List.of(money(m.total()), money(m.overseas()), money(m.vehicles()), money(m.vehiclePurchase()), money(m.vehicleOperation()),
                    money(m.reception())));
        }
        grid.row(figures.toArray(String[]::new));
        int[] widths = new int[12];
        java.util.Arrays.fill(widths, 1150);
        grid.widths = widths;
        grid.landscape = true;
        return grid;
    }
}
