package org.jixiao.formats.disclosure;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;

import org.jixiao.core.disclosure.Statement;
import org.jixiao.core.disclosure.Unit;

/**
 * Prints a {@link Sample} as the tables of a published disclosure, in the layouts found in real 决算 and 预算 documents
 * (the 财政部 公开表 templates and their regional variants): the title spelt and numbered in several ways, the unit line,
 * 行次/栏次, codes in one column or split into 类/款/项, zeros printed as 0.00 or left blank, the “三公” table across or
 * down. Layout choices are {@link Style}; each table is a {@link Grid} that a test may alter before it is written.
 */
final class Layouts {
    /** How the title of a table is printed. */
    enum Title {
        /** "公开01表" above the title, as the 决算 software exports it. */
        TAG,
        /** "表一：收入支出决算总表". */
        NUMBERED,
        /** "附表1 收入支出决算总表". */
        ANNEX,
        /** "2024年度某局收入支出决算总表". */
        YEAR,
        /** The title as the first (merged) row of the table. */
        IN_TABLE
    }

    record Style(Title title, boolean splitCodes, boolean zerosBlank, boolean lineNumbers, boolean threeAcross) {
        static Style national() {
            return new Style(Title.TAG, false, false, true, true);
        }
    }

    private static final String[] NUMERALS = {"", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二", "十三",
        "十四", "十五", "十六", "十七", "十八", "十九", "二十", "二十一", "二十二", "二十三", "二十四", "二十五"};

    private final Sample sample;
    private final Style style;

    Layouts(Sample sample, Style style) {
        this.sample = sample;
        this.style = style;
    }

    private boolean budget() {
        return sample.statement == Statement.BUDGET;
    }

    private String unitLabel() {
        return sample.unit == Unit.YUAN ? "元" : "万元";
    }

    private String amount(long yuan) {
        if (yuan == 0) {
            return style.zerosBlank() ? "" : sample.money(0);
        }
        return sample.money(yuan);
    }

    /** The lines above the table (and, for {@link Title#IN_TABLE}, its first row). */
    private Grid start(int number, String title, int columns) {
        Grid grid = new Grid();
        String unit = (style.title() == Title.YEAR ? "金额单位：" : "单位：") + unitLabel();
        switch (style.title()) {
            case TAG -> grid.above(budget() ? "表" + number : String.format("公开%02d表", number), title,
                    "编制单位：" + sample.organisation + "　　　　　　" + unit);
            case NUMBERED -> grid.above("表" + NUMERALS[number] + "：" + title, unit);
            case ANNEX -> grid.above("附表" + number + " " + title, unit);
            case YEAR -> grid.above(sample.year + "年度" + sample.organisation + title, unit);
            case IN_TABLE -> {
                grid.above(unit);
                String[] row = new String[columns];
                java.util.Arrays.fill(row, "");
                row[0] = sample.year + "年" + title;
                grid.row(row).merge(0, 0, 1, columns);
                grid.headerRows = 1;
            }
        }
        return grid;
    }

    private static String[] cells(int columns, String... first) {
        String[] row = new String[columns];
        java.util.Arrays.fill(row, "");
        System.arraycopy(first, 0, row, 0, first.length);
        return row;
    }

    // ------------------------------------------------------------------------------------------------ 收支总表

    String summaryTitle() {
        return budget() ? "部门收支总表" : "收入支出决算总表";
    }

    Grid summary() {
        boolean numbers = style.lineNumbers() && !budget();
        int side = numbers ? 3 : 2;
        Grid grid = start(1, summaryTitle(), side * 2);
        int top = grid.rows.size();
        String value = budget() ? "预算数" : numbers ? "金额" : "决算数";
        grid.row(cells(side * 2, "收入")).merge(top, 0, 1, side);
        grid.rows.get(top)[side] = "支出";
        grid.merge(top, side, 1, side);
        grid.row(numbers ? cells(6, "项目", "行次", value, "项目", "行次", value) : cells(4, "项目", value, "项目", value));
        if (numbers) {
            grid.row(cells(6, "栏次", "", "1", "栏次", "", "2"));
        }
        grid.headerRows = grid.rows.size();
        List<String[]> income = new ArrayList<>();
        String kind = budget() ? "拨款收入" : "财政拨款收入";
        income.add(new String[] {"一、一般公共预算" + kind, amount(sample.general())});
        income.add(new String[] {"二、政府性基金预算" + kind, amount(sample.fund())});
        income.add(new String[] {"三、国有资本经营预算" + kind, amount(0)});
        if (budget()) {
            income.add(new String[] {"四、事业收入", amount(sample.businessIncome)});
            income.add(new String[] {"五、其他收入", amount(sample.otherIncome())});
        } else {
            income.add(new String[] {"四、上级补助收入", amount(0)});
            income.add(new String[] {"五、事业收入", amount(sample.businessIncome)});
            income.add(new String[] {"六、经营收入", amount(0)});
            income.add(new String[] {"七、附属单位上缴收入", amount(0)});
            income.add(new String[] {"八、其他收入", amount(sample.otherIncome())});
        }
        List<String[]> spending = new ArrayList<>();
        int n = 1;
        for (Map.Entry<String, String> subject : sample.subjects().entrySet()) {
            if (subject.getKey().length() == 3) {
                spending.add(new String[] {NUMERALS[n++] + "、" + subject.getValue(), amount(sample.sum(subject.getKey(), Sample.Item::total))});
            }
        }
        int lines = Math.max(income.size(), spending.size());
        for (int i = 0; i < lines; i++) {
            String[] in = i < income.size() ? income.get(i) : new String[] {"", ""};
            String[] out = i < spending.size() ? spending.get(i) : new String[] {"", ""};
            grid.row(numbers ? cells(6, in[0], in[0].isEmpty() ? "" : String.valueOf(i + 1), in[1], out[0],
                    out[0].isEmpty() ? "" : String.valueOf(i + 31), out[1]) : cells(4, in[0], in[1], out[0], out[1]));
        }
        String opening = budget() ? "上年结转" : "年初结转和结余";
        String closing = budget() ? "结转下年" : "年末结转和结余";
        balanceRow(grid, numbers, "本年收入合计", amount(sample.incomeTotal()), "本年支出合计", amount(sample.totalSpending()));
        if (!budget()) {
            balanceRow(grid, numbers, "使用非财政拨款结余", amount(0), "结余分配", amount(0));
        }
        balanceRow(grid, numbers, opening, amount(sample.generalBalance), closing, amount(sample.generalBalance));
        balanceRow(grid, numbers, budget() ? "收入总计" : "总计", amount(sample.grandTotal()), budget() ? "支出总计" : "总计",
                amount(sample.grandTotal()));
        grid.widths = numbers ? new int[] {2900, 600, 1300, 2900, 600, 1300} : new int[] {3200, 1300, 3200, 1300};
        return grid;
    }

    private static void balanceRow(Grid grid, boolean numbers, String income, String incomeValue, String spending, String spendingValue) {
        grid.row(numbers ? cells(6, income, "", incomeValue, spending, "", spendingValue) : cells(4, income, incomeValue, spending, spendingValue));
    }

    // ------------------------------------------------------------------------------------------------ tables by 科目

    /** A column of a table by 科目: its header (one or two levels) and its figure per 类/款/项 code ("" code = 合计). */
    record Column(String group, String header, ToLongFunction<String> value) {}

    private Grid coded(int number, String title, List<Column> columns, List<String> codes, Map<String, String> names) {
        int codeColumns = style.splitCodes() ? 3 : 1;
        int width = codeColumns + 1 + columns.size();
        Grid grid = start(number, title, width);
        int top = grid.rows.size();
        boolean groups = columns.stream().anyMatch(c -> c.group() != null);
        int headerLines = style.splitCodes() ? 3 : 2;
        if (groups && headerLines < 3) {
            headerLines = 3;
        }
        for (int i = 0; i < headerLines; i++) {
            grid.row(cells(width));
        }
        grid.set(top, 0, "项目").merge(top, 0, 1, codeColumns + 1);
        if (style.splitCodes()) {
            grid.set(top + 1, 0, "科目编码").merge(top + 1, 0, 1, 3);
            grid.set(top + 2, 0, "类").set(top + 2, 1, "款").set(top + 2, 2, "项");
            grid.set(top + 1, 3, "科目名称").merge(top + 1, 3, 2, 1);
        } else {
            grid.set(top + 1, 0, "科目编码").set(top + 1, 1, "科目名称");
            if (headerLines == 3) {
                grid.merge(top + 1, 0, 2, 1).merge(top + 1, 1, 2, 1);
            }
        }
        int c = codeColumns + 1;
        for (int i = 0; i < columns.size(); i++) {
            Column column = columns.get(i);
            if (column.group() != null) {
                int span = 1;
                while (i + span < columns.size() && column.group().equals(columns.get(i + span).group())) {
                    span++;
                }
                grid.set(top, c, column.group()).merge(top, c, 1, span);
                for (int k = 0; k < span; k++) {
                    grid.set(top + 1, c + k, columns.get(i + k).header()).merge(top + 1, c + k, headerLines - 1, 1);
                }
                c += span;
                i += span - 1;
            } else {
                grid.set(top, c, column.header()).merge(top, c, headerLines, 1);
                c++;
            }
        }
        if (style.lineNumbers()) {
            String[] row = cells(width, "栏次");
            for (int k = 0; k < columns.size(); k++) {
                row[codeColumns + 1 + k] = String.valueOf(k + 1);
            }
            grid.row(row).merge(grid.rows.size() - 1, 0, 1, codeColumns + 1);
        }
        grid.headerRows = grid.rows.size();
        String[] total = cells(width, "合计");
        for (int k = 0; k < columns.size(); k++) {
            total[codeColumns + 1 + k] = amount(columns.get(k).value().applyAsLong(""));
        }
        grid.row(total).merge(grid.rows.size() - 1, 0, 1, codeColumns + 1);
        for (String code : codes) {
            String[] row = cells(width);
            if (style.splitCodes()) {
                row[0] = code.substring(0, 3);
                row[1] = code.length() >= 5 ? code.substring(3, 5) : "";
                row[2] = code.length() >= 7 ? code.substring(5, 7) : "";
                row[3] = names.get(code);
            } else {
                row[0] = code;
                row[1] = names.get(code);
            }
            for (int k = 0; k < columns.size(); k++) {
                row[codeColumns + 1 + k] = amount(columns.get(k).value().applyAsLong(code));
            }
            grid.row(row);
        }
        int[] widths = new int[width];
        for (int k = 0; k < width; k++) {
            widths[k] = k < codeColumns ? (style.splitCodes() ? 450 : 1000) : k == codeColumns ? 2600 : Math.max(900, 6400 / columns.size());
        }
        grid.widths = widths;
        return grid;
    }

    /** Every 类, 款 and 项 code whose figure in {@code figure} is not zero (what the software prints). */
    private List<String> codesWith(ToLongFunction<Sample.Item> figure) {
        List<String> codes = new ArrayList<>();
        for (String code : sample.subjects().keySet()) {
            if (sample.sum(code, figure) != 0) {
                codes.add(code);
            }
        }
        return codes;
    }

    private ToLongFunction<String> sum(ToLongFunction<Sample.Item> figure) {
        return code -> sample.sum(code, figure);
    }

    String incomeTitle() {
        return budget() ? "部门收入总表" : "收入决算表";
    }

    Grid income() {
        List<Column> columns = new ArrayList<>();
        columns.add(new Column(null, budget() ? "合计" : "本年收入合计", sum(Sample.Item::total)));
        if (budget()) {
            columns.add(new Column(null, "一般公共预算拨款收入", sum(Sample.Item::general)));
            columns.add(new Column(null, "政府性基金预算拨款收入", sum(Sample.Item::fundProject)));
            columns.add(new Column(null, "事业收入", sum(Sample.Item::otherBasic)));
            columns.add(new Column(null, "其他收入", sum(Sample.Item::otherProject)));
        } else {
            columns.add(new Column(null, "财政拨款收入", sum(i -> i.general() + i.fundProject())));
            columns.add(new Column(null, "上级补助收入", code -> 0));
            columns.add(new Column(null, "事业收入", sum(Sample.Item::otherBasic)));
            columns.add(new Column(null, "经营收入", code -> 0));
            columns.add(new Column(null, "附属单位上缴收入", code -> 0));
            columns.add(new Column(null, "其他收入", sum(Sample.Item::otherProject)));
        }
        return coded(2, incomeTitle(), columns, codesWith(Sample.Item::total), sample.subjects());
    }

    String expenditureTitle() {
        return budget() ? "部门支出总表" : "支出决算表";
    }

    Grid expenditure() {
        List<Column> columns = new ArrayList<>();
        columns.add(new Column(null, budget() ? "合计" : "本年支出合计", sum(Sample.Item::total)));
        columns.add(new Column(null, "基本支出", sum(Sample.Item::basic)));
        columns.add(new Column(null, "项目支出", sum(Sample.Item::project)));
        if (!budget()) {
            columns.add(new Column(null, "上缴上级支出", code -> 0));
            columns.add(new Column(null, "经营支出", code -> 0));
            columns.add(new Column(null, "对附属单位补助支出", code -> 0));
        }
        return coded(3, expenditureTitle(), columns, codesWith(Sample.Item::total), sample.subjects());
    }

    String generalTitle() {
        return budget() ? "一般公共预算支出表" : "一般公共预算财政拨款支出决算表";
    }

    Grid general() {
        List<Column> columns = new ArrayList<>();
        if (budget()) {
            columns.add(new Column(null, (sample.year - 1) + "年预算数", code -> prior(code)));
            columns.add(new Column(sample.year + "年预算数", "小计", sum(Sample.Item::general)));
            columns.add(new Column(sample.year + "年预算数", "基本支出", sum(Sample.Item::generalBasic)));
            columns.add(new Column(sample.year + "年预算数", "项目支出", sum(Sample.Item::generalProject)));
            columns.add(new Column(null, "增减额", code -> sample.sum(code, Sample.Item::general) - prior(code)));
        } else {
            columns.add(new Column(null, "合计", sum(Sample.Item::general)));
            columns.add(new Column(null, "基本支出", sum(Sample.Item::generalBasic)));
            columns.add(new Column(null, "项目支出", sum(Sample.Item::generalProject)));
        }
        return coded(5, generalTitle(), columns, codesWith(Sample.Item::general), sample.subjects());
    }

    /** Last year's 一般公共预算 total, as the budget's 一般公共预算支出表 prints it in its 合计 row. */
    long generalPrior() {
        return prior("");
    }

    /** Last year's 一般公共预算 figure of a code (its 项's prior totals scaled to their 一般公共预算 share). */
    private long prior(String code) {
        long sum = 0;
        for (Sample.Item item : sample.items) {
            if (item.code().startsWith(code) && item.general() > 0) {
                sum += sample.priorByCode.get(item.code()) * item.general() / item.total() / 100 * 100;
            }
        }
        return sum;
    }

    String fundTitle() {
        return budget() ? "政府性基金预算支出表" : "政府性基金预算财政拨款收入支出决算表";
    }

    Grid fund() {
        List<Column> columns = new ArrayList<>();
        if (budget()) {
            columns.add(new Column(null, "合计", sum(Sample.Item::fundProject)));
            columns.add(new Column(null, "基本支出", code -> 0));
            columns.add(new Column(null, "项目支出", sum(Sample.Item::fundProject)));
        } else {
            columns.add(new Column(null, "年初结转和结余", code -> 0));
            columns.add(new Column(null, "本年收入", sum(Sample.Item::fundProject)));
            columns.add(new Column("本年支出", "小计", sum(Sample.Item::fundProject)));
            columns.add(new Column("本年支出", "基本支出", code -> 0));
            columns.add(new Column("本年支出", "项目支出", sum(Sample.Item::fundProject)));
            columns.add(new Column(null, "年末结转和结余", code -> 0));
        }
        Grid grid = coded(budget() ? 8 : 7, fundTitle(), columns, codesWith(Sample.Item::fundProject), sample.subjects());
        if (sample.fund() == 0) {
            grid.below = "注：本" + (budget() ? "部门" : "单位") + sample.year + "年度没有政府性基金预算财政拨款收入，也没有使用政府性基金预算财政拨款安排的支出，故本表无数据。";
        }
        return grid;
    }

    String capitalTitle() {
        return budget() ? "国有资本经营预算支出表" : "国有资本经营预算财政拨款支出决算表";
    }

    Grid capital() {
        List<Column> columns = List.of(new Column(null, "合计", code -> 0), new Column(null, "基本支出", code -> 0),
                new Column(null, "项目支出", code -> 0));
        Grid grid = coded(budget() ? 9 : 8, capitalTitle(), columns, List.of(), sample.subjects());
        grid.below = "注：本" + (budget() ? "部门" : "单位") + sample.year + "年度没有国有资本经营预算财政拨款支出，故本表无数据。";
        return grid;
    }

    // ------------------------------------------------------------------------------------------------ 财政拨款收支总表

    String fiscalTitle() {
        return budget() ? "财政拨款收支总表" : "财政拨款收入支出决算总表";
    }

    Grid fiscal() {
        boolean numbers = style.lineNumbers() && !budget();
        int left = numbers ? 3 : 2;
        int width = left + (numbers ? 2 : 1) + 4;
        Grid grid = start(4, fiscalTitle(), width);
        int top = grid.rows.size();
        String value = budget() ? "预算数" : "金额";
        grid.row(cells(width, "收入")).merge(top, 0, 1, left);
        grid.set(top, left, "支出").merge(top, left, 1, width - left);
        String[] header = numbers ? cells(width, "项目", "行次", value, "项目", "行次", "合计", "一般公共预算财政拨款", "政府性基金预算财政拨款",
                "国有资本经营预算财政拨款") : cells(width, "项目", value, "项目", "合计", "一般公共预算财政拨款", "政府性基金预算财政拨款", "国有资本经营预算财政拨款");
        grid.row(header);
        if (numbers) {
            grid.row(cells(width, "栏次", "", "1", "栏次", "", "2", "3", "4", "5"));
        }
        grid.headerRows = grid.rows.size();
        List<String[]> income = new ArrayList<>();
        income.add(new String[] {"一、一般公共预算财政拨款", amount(sample.general())});
        income.add(new String[] {"二、政府性基金预算财政拨款", amount(sample.fund())});
        income.add(new String[] {"三、国有资本经营预算财政拨款", amount(0)});
        List<String[]> spending = new ArrayList<>();
        int n = 1;
        for (Map.Entry<String, String> subject : sample.subjects().entrySet()) {
            String code = subject.getKey();
            if (code.length() == 3 && sample.sum(code, i -> i.general() + i.fundProject()) != 0) {
                spending.add(new String[] {NUMERALS[n++] + "、" + subject.getValue(), amount(sample.sum(code, i -> i.general() + i.fundProject())),
                    amount(sample.sum(code, Sample.Item::general)), amount(sample.sum(code, Sample.Item::fundProject)), amount(0)});
            }
        }
        int lines = Math.max(income.size(), spending.size());
        for (int i = 0; i < lines; i++) {
            String[] in = i < income.size() ? income.get(i) : new String[] {"", ""};
            String[] out = i < spending.size() ? spending.get(i) : new String[] {"", "", "", "", ""};
            grid.row(fiscalRow(width, numbers, in[0], in[0].isEmpty() ? "" : String.valueOf(i + 1), in[1], out[0],
                    out[0].isEmpty() ? "" : String.valueOf(i + 33), out[1], out[2], out[3], out[4]));
        }
        long fiscal = sample.fiscalIncome();
        grid.row(fiscalRow(width, numbers, "本年收入合计", "", amount(fiscal), "本年支出合计", "", amount(fiscal), amount(sample.general()),
                amount(sample.fund()), amount(0)));
        long balance = sample.generalBalance;
        grid.row(fiscalRow(width, numbers, "年初财政拨款结转和结余", "", amount(balance), "年末财政拨款结转和结余", "", amount(balance), amount(balance),
                amount(0), amount(0)));
        grid.row(fiscalRow(width, numbers, "一般公共预算财政拨款", "", amount(balance), "", "", "", "", "", ""));
        grid.row(fiscalRow(width, numbers, "政府性基金预算财政拨款", "", amount(0), "", "", "", "", "", ""));
        grid.row(fiscalRow(width, numbers, "国有资本经营预算财政拨款", "", amount(0), "", "", "", "", "", ""));
        grid.row(fiscalRow(width, numbers, "总计", "", amount(fiscal + balance), "总计", "", amount(fiscal + balance), amount(sample.general() + balance),
                amount(sample.fund()), amount(0)));
        grid.widths = numbers ? new int[] {2400, 500, 1100, 2400, 500, 1100, 1100, 1100, 1100} : new int[] {2600, 1100, 2600, 1100, 1100, 1100, 1100};
        grid.landscape = true;
        return grid;
    }

    private static String[] fiscalRow(int width, boolean numbers, String in, String inLine, String inValue, String out, String outLine,
            String total, String general, String fund, String capital) {
        return numbers ? cells(width, in, inLine, inValue, out, outLine, total, general, fund, capital)
                : cells(width, in, inValue, out, total, general, fund, capital);
    }

    // ------------------------------------------------------------------------------------------------ 基本支出明细

    String basicTitle() {
        return budget() ? "一般公共预算基本支出表" : "一般公共预算财政拨款基本支出决算明细表";
    }

    Grid basic() {
        if (style.threeAcross() && !budget()) {
            return basicAcross();
        }
        Grid grid = start(6, basicTitle(), 5);
        int top = grid.rows.size();
        grid.row(cells(5, "科目编码", "科目名称", budget() ? "预算数" : "决算数", "", ""));
        grid.row(cells(5, "", "", "合计", "人员经费", "公用经费"));
        grid.merge(top, 0, 2, 1).merge(top, 1, 2, 1).merge(top, 2, 1, 3);
        grid.headerRows = grid.rows.size();
        grid.row(cells(5, "合计", "", amount(sample.personnel() + sample.publicFunds()), amount(sample.personnel()), amount(sample.publicFunds())));
        grid.merge(grid.rows.size() - 1, 0, 1, 2);
        Map<String, String> classes = Map.of("301", "工资福利支出", "302", "商品和服务支出", "303", "对个人和家庭的补助");
        for (String cls : List.of("301", "302", "303")) {
            long personnel = sample.economic.stream().filter(e -> e.code().startsWith(cls) && e.personnel()).mapToLong(Sample.Economic::amount).sum();
            long publicFunds = sample.economic.stream().filter(e -> e.code().startsWith(cls) && !e.personnel()).mapToLong(Sample.Economic::amount).sum();
            if (personnel + publicFunds == 0) {
                continue;
            }
            grid.row(cells(5, cls, classes.get(cls), amount(personnel + publicFunds), amount(personnel), amount(publicFunds)));
            for (Sample.Economic item : sample.economic) {
                if (item.code().startsWith(cls) && item.amount() != 0) {
                    grid.row(cells(5, item.code(), item.name(), amount(item.amount()), amount(item.personnel() ? item.amount() : 0),
                            amount(item.personnel() ? 0 : item.amount())));
                }
            }
        }
        grid.widths = new int[] {1100, 3400, 1500, 1500, 1500};
        return grid;
    }

    /**
     * 公开06表 as the 决算 software prints it: 人员经费 | 公用经费 side by side, each 科目编码 | 科目名称 | 决算数, 公用经费 in
     * two such groups; the 类 (301 …) above their 款; 人员经费合计 and 公用经费合计 on the last row.
     */
    private Grid basicAcross() {
        Grid grid = start(6, basicTitle(), 9);
        int top = grid.rows.size();
        grid.row(cells(9, "人员经费", "", "", "公用经费")).merge(top, 0, 1, 3).merge(top, 3, 1, 6);
        grid.row(cells(9, "科目编码", "科目名称", "决算数", "科目编码", "科目名称", "决算数", "科目编码", "科目名称", "决算数"));
        grid.headerRows = grid.rows.size();
        Map<String, String> classes = Map.of("301", "工资福利支出", "302", "商品和服务支出", "303", "对个人和家庭的补助");
        List<String[]> personnel = new ArrayList<>();
        List<String[]> publicFunds = new ArrayList<>();
        for (String cls : List.of("301", "302", "303")) {
            for (boolean isPersonnel : new boolean[] {true, false}) {
                long sum = s(cls, isPersonnel);
                if (sum == 0) {
                    continue;
                }
                List<String[]> side = isPersonnel ? personnel : publicFunds;
                side.add(new String[] {cls, classes.get(cls), amount(sum)});
                for (Sample.Economic item : sample.economic) {
                    if (item.code().startsWith(cls) && item.personnel() == isPersonnel && item.amount() != 0) {
                        side.add(new String[] {item.code(), item.name(), amount(item.amount())});
                    }
                }
            }
        }
        int half = (publicFunds.size() + 1) / 2;
        int lines = Math.max(personnel.size(), half);
        for (int i = 0; i < lines; i++) {
            String[] a = i < personnel.size() ? personnel.get(i) : new String[] {"", "", ""};
            String[] b = i < half ? publicFunds.get(i) : new String[] {"", "", ""};
            String[] c = half + i < publicFunds.size() ? publicFunds.get(half + i) : new String[] {"", "", ""};
            grid.row(cells(9, a[0], a[1], a[2], b[0], b[1], b[2], c[0], c[1], c[2]));
        }
        grid.row(cells(9, "人员经费合计", "", amount(sample.personnel()), "公用经费合计", "", "", "", "", amount(sample.publicFunds())));
        int last = grid.rows.size() - 1;
        grid.merge(last, 0, 1, 2).merge(last, 3, 1, 5);
        grid.widths = new int[] {700, 1900, 1000, 700, 1900, 1000, 700, 1900, 1000};
        grid.landscape = true;
        return grid;
    }

    private long s(String cls, boolean personnel) {
        return sample.economic.stream().filter(e -> e.code().startsWith(cls) && e.personnel() == personnel).mapToLong(Sample.Economic::amount).sum();
    }

    // ------------------------------------------------------------------------------------------------ “三公”经费

    String threeTitle() {
        return budget() ? "一般公共预算“三公”经费支出表" : "财政拨款“三公”经费支出决算表";
    }

    Grid three() {
        Sample.ThreePublic first = budget() ? sample.threePrior : sample.threeBudget;
        Sample.ThreePublic second = budget() ? sample.threeBudget : sample.threeActual;
        String firstLabel = budget() ? (sample.year - 1) + "年预算数" : "预算数";
        String secondLabel = budget() ? sample.year + "年预算数" : "决算数";
        if (!style.threeAcross()) {
            Grid grid = start(budget() ? 7 : 9, threeTitle(), 3);
            grid.row(cells(3, "项目", firstLabel, secondLabel));
            grid.headerRows = grid.rows.size();
            grid.row(cells(3, "合计", amount(first.total()), amount(second.total())));
            grid.row(cells(3, "1．因公出国（境）费", amount(first.overseas()), amount(second.overseas())));
            grid.row(cells(3, "2．公务用车购置及运行维护费", amount(first.vehicles()), amount(second.vehicles())));
            grid.row(cells(3, "其中：公务用车购置费", amount(first.vehiclePurchase()), amount(second.vehiclePurchase())));
            grid.row(cells(3, "公务用车运行维护费", amount(first.vehicleOperation()), amount(second.vehicleOperation())));
            grid.row(cells(3, "3．公务接待费", amount(first.reception()), amount(second.reception())));
            grid.widths = new int[] {4200, 2200, 2200};
            return grid;
        }
        Grid grid = start(budget() ? 7 : 9, threeTitle(), 12);
        int top = grid.rows.size();
        grid.row(cells(12, firstLabel, "", "", "", "", "", secondLabel));
        grid.merge(top, 0, 1, 6).merge(top, 6, 1, 6);
        grid.row(cells(12, "合计", "因公出国（境）费", "公务用车购置及运行维护费", "", "", "公务接待费",
                "合计", "因公出国（境）费", "公务用车购置及运行维护费", "", "", "公务接待费"));
        grid.row(cells(12, "", "", "小计", "公务用车购置费", "公务用车运行维护费", "", "", "", "小计", "公务用车购置费", "公务用车运行维护费", ""));
        for (int half = 0; half < 12; half += 6) {
            grid.merge(top + 1, half, 2, 1).merge(top + 1, half + 1, 2, 1).merge(top + 1, half + 2, 1, 3).merge(top + 1, half + 5, 2, 1);
        }
        if (style.lineNumbers()) {
            grid.row(cells(12, "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12"));
        }
        grid.headerRows = grid.rows.size();
        grid.row(cells(12, amount(first.total()), amount(first.overseas()), amount(first.vehicles()), amount(first.vehiclePurchase()),
                amount(first.vehicleOperation()), amount(first.reception()), amount(second.total()), amount(second.overseas()),
                amount(second.vehicles()), amount(second.vehiclePurchase()), amount(second.vehicleOperation()), amount(second.reception())));
        int[] widths = new int[12];
        java.util.Arrays.fill(widths, 1150);
        grid.widths = widths;
        grid.landscape = true;
        return grid;
    }

    /** Every table of the statement, in the standard order. */
    List<Grid> all() {
        if (budget()) {
            return List.of(summary(), income(), expenditure(), fiscal(), general(), basic(), three(), fund());
        }
        return List.of(summary(), income(), expenditure(), fiscal(), general(), basic(), fund(), capital(), three());
    }
}
