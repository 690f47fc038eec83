package org.jixiao.formats.finalaccounts;

import java.util.ArrayList;
import java.util.List;

import org.jixiao.core.finalaccounts.Column;
import org.jixiao.core.finalaccounts.FinalAccounts.ReasonKey;
import org.jixiao.core.finalaccounts.Layouts;

/**
 * The layout of the final-accounts workbook, shared by its writer ({@link AccountsWorkbook}) and its reader
 * ({@link AccountsWorkbookReader}): sheet names, header rows, the fixed rows of tables 1, 4 and 9, and the labelled
 * facts of the 情况说明资料 sheet.
 */
final class WorkbookLayout {
    private WorkbookLayout() {}

    /** Rows are 1-based as Excel shows them. Row 1 title, row 2 unit line, row 3 the column titles. */
    static final int HEADER_ROW = 3;
    /** Function tables: row 4 is the 合计 row, subject rows from row 5. */
    static final int TOTAL_ROW = 4;
    static final int FIRST_DATA_ROW = 5;

    static final String CODE = "科目编码";
    static final String NAME = "科目名称";
    static final String TOTAL_LABEL = "合计";
    static final String INITIAL_BUDGET = "年初预算数（情况说明用）";
    static final String ITEM_REASON = "决算数与年初预算数差异原因（情况说明用）";

    /** One of the nine tables: its short id (表5) used in messages and its sheet name. */
    record Table(String id, String title) {
        String sheet() {
            return id + " " + title;
        }
    }

    static final Table T1 = new Table("表1", "收入支出决算总表");
    static final Table T2 = new Table("表2", "收入决算表");
    static final Table T3 = new Table("表3", "支出决算表");
    static final Table T4 = new Table("表4", "财政拨款收入支出决算总表");
    static final Table T5 = new Table("表5", "一般公共预算财政拨款支出决算表");
    static final Table T6 = new Table("表6", "一般公共预算财政拨款基本支出决算明细表");
    static final Table T7 = new Table("表7", "政府性基金预算财政拨款收入支出决算表");
    static final Table T8 = new Table("表8", "国有资本经营预算财政拨款支出决算表");
    static final Table T9 = new Table("表9", "财政拨款“三公”经费支出决算表");
    static final List<Table> TABLES = List.of(T1, T2, T3, T4, T5, T6, T7, T8, T9);

    static final String GUIDE_SHEET = "说明";
    static final String FACTS_SHEET = "情况说明资料";
    static final String PERFORMANCE_SHEET = "绩效自评";

    // ---- table 1 -------------------------------------------------------------------------------------------------
    static final String T1_INCOME_TOTAL = "本年收入合计";
    static final String T1_USE_OF_BALANCE = "使用非财政拨款结余";
    static final String T1_OPENING = "年初结转和结余";
    static final String T1_INCOME_GRAND = "收入总计";
    static final String T1_EXPENDITURE_TOTAL = "本年支出合计";
    static final String T1_SURPLUS = "结余分配";
    static final String T1_CLOSING = "年末结转和结余";
    static final String T1_EXPENDITURE_GRAND = "支出总计";
    static final String[] NUMERALS = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二", "十三", "十四",
            "十五", "十六", "十七", "十八", "十九", "二十", "二十一", "二十二", "二十三", "二十四", "二十五", "二十六", "二十七", "二十八",
            "二十九", "三十"};

    /** {@code 一、一般公共预算财政拨款收入} → {@code 一般公共预算财政拨款收入}; also drops leading (full-width) spaces. */
    static String stripNumbering(String label) {
        String s = label.strip().replaceFirst("^[\\u3000\\s]+", "");
        return s.replaceFirst("^[一二三四五六七八九十]+、", "").strip();
    }

    // ---- table 4: fixed rows 4..12, income in A/B, expenditure in C/D ------------------------------------------------
    static final List<String> T4_INCOME_LABELS = List.of("一、一般公共预算财政拨款", "二、政府性基金预算财政拨款", "三、国有资本经营预算财政拨款",
            "本年收入合计", "年初财政拨款结转和结余", "　一般公共预算财政拨款", "　政府性基金预算财政拨款", "　国有资本经营预算财政拨款", "收入总计");
    static final List<String> T4_EXPENDITURE_LABELS = List.of("一、一般公共预算财政拨款支出", "二、政府性基金预算财政拨款支出",
            "三、国有资本经营预算财政拨款支出", "本年支出合计", "年末财政拨款结转和结余", "　一般公共预算财政拨款", "　政府性基金预算财政拨款",
            "　国有资本经营预算财政拨款", "支出总计");

    // ---- table 6 -------------------------------------------------------------------------------------------------
    static final String T6_PERSONNEL = "人员经费";
    static final String T6_PUBLIC = "公用经费";
    static final String T6_PERSONNEL_TOTAL = "人员经费合计";
    static final String T6_PUBLIC_TOTAL = "公用经费合计";
    static final String T6_AMOUNT = "决算数";
    /** Table 6 has two header rows (人员经费 | 公用经费, then 科目编码/科目名称/决算数); rows from 5. */
    static final int T6_SUBHEADER_ROW = 4;

    // ---- table 9: columns B..I, rows 4 (预算数) and 5 (决算数) ---------------------------------------------------------
    static final List<String> T9_COLUMNS = List.of("合计", "因公出国（境）费", "公务用车购置及运行维护费（小计）", "公务用车购置费",
            "公务用车运行维护费", "公务接待费（小计）", "国内公务接待费", "国（境）外公务接待费");
    static final String T9_BUDGET = "预算数";
    static final String T9_ACTUAL = "决算数";

    // ---- 情况说明资料: column A label, B value, C note -------------------------------------------------------------------
    enum Kind { TEXT, YEAR, AMOUNT, COUNT, SECTION }

    /**
     * @param required a blank cell is an error; otherwise blank means absent (texts, prior-year lines) or 0 (amounts and
     *                 counts that the dataset format also defaults to 0)
     */
    record Fact(String label, Kind kind, boolean required, String note) {}

    static final String DEPARTMENT = "单位全称";
    static final String DEPARTMENT_SHORT = "单位简称";
    static final String YEAR = "决算年度";
    static final String PRIOR_GRAND = "上年收、支总计";
    static final String PRIOR_FISCAL_GRAND = "上年财政拨款收、支总计";
    static final String PRIOR_GENERAL = "上年一般公共预算财政拨款支出";
    static final List<String> COUNT_LABELS = List.of("因公出国（境）团组数", "因公出国（境）人次", "公务用车购置数（辆）", "公务用车保有量（辆）",
            "国内公务接待批次", "国内公务接待人次", "其中：外事接待批次", "其中：外事接待人次", "国（境）外公务接待批次", "国（境）外公务接待人次");
    static final String OFFICE_BUDGET = "机关运行经费年初预算数";
    static final String OFFICE_ACTUAL = "机关运行经费决算数";
    static final List<String> PROCUREMENT_LABELS = List.of("政府采购货物支出", "政府采购工程支出", "政府采购服务支出", "授予中小企业合同金额：货物",
            "授予中小企业合同金额：工程", "授予中小企业合同金额：服务", "其中授予小微企业合同金额");
    static final String LARGE_EQUIPMENT = "单位价值100万元以上设备（台、套）";
    static final String PERF_LEVEL = "预算级次";
    static final String PERF_AMOUNT = "自评涉及预算资金";
    static final String PERF_BASE = "部门本级预算项目支出总额";
    static final String PERF_REMARKS = "绩效自评总体评价";

    static String priorLabel(Column column) {
        return "上年" + column.label();
    }

    static String vehicleLabel(String type) {
        return type + "（辆）";
    }

    static List<Fact> facts() {
        List<Fact> f = new ArrayList<>();
        f.add(new Fact("一、单位和年度", Kind.SECTION, false, ""));
        f.add(new Fact(DEPARTMENT, Kind.TEXT, true, "如：淄博高新技术产业开发区工业信息化和商务局"));
        f.add(new Fact(DEPARTMENT_SHORT, Kind.TEXT, false, "正文中使用的简称；不填则用全称"));
        f.add(new Fact(YEAR, Kind.YEAR, true, "如 2024；“与上年相比”即与上一年度比较"));
        f.add(new Fact("二、上年数（取自上年决算公开表，用于“与上年相比”各句）", Kind.SECTION, false, ""));
        f.add(new Fact(PRIOR_GRAND, Kind.AMOUNT, true, "上年表1 收入总计（= 支出总计）"));
        for (Column c : Layouts.INCOME_ITEMS) {
            f.add(new Fact(priorLabel(c), Kind.AMOUNT, false, "上年表1；不填视为未列示"));
        }
        for (Column c : Layouts.TABLE3) {
            if (!c.key().equals(Layouts.TOTAL)) {
                f.add(new Fact(priorLabel(c), Kind.AMOUNT, false, "上年表3 合计行；不填视为未列示"));
            }
        }
        f.add(new Fact(PRIOR_FISCAL_GRAND, Kind.AMOUNT, true, "上年表4 收入总计"));
        f.add(new Fact(PRIOR_GENERAL, Kind.AMOUNT, true, "上年表5 合计"));
        f.add(new Fact("三、“三公”经费有关数量（第九部分；不填为 0）", Kind.SECTION, false, ""));
        for (String label : COUNT_LABELS) {
            f.add(new Fact(label, Kind.COUNT, false, "整数"));
        }
        f.add(new Fact("四、机关运行经费（第十部分；万元，不填为 0）", Kind.SECTION, false, ""));
        f.add(new Fact(OFFICE_BUDGET, Kind.AMOUNT, false, ""));
        f.add(new Fact(OFFICE_ACTUAL, Kind.AMOUNT, false, ""));
        f.add(new Fact("五、政府采购（第十一部分；万元，不填为 0）", Kind.SECTION, false, ""));
        for (String label : PROCUREMENT_LABELS) {
            f.add(new Fact(label, Kind.AMOUNT, false, ""));
        }
        f.add(new Fact("六、国有资产占用（第十二部分；截至12月31日，不填为 0）", Kind.SECTION, false, ""));
        for (String type : FinalAccountsReader.VEHICLE_TYPES.values()) {
            f.add(new Fact(vehicleLabel(type), Kind.COUNT, false, "整数"));
        }
        f.add(new Fact(LARGE_EQUIPMENT, Kind.COUNT, false, "整数"));
        f.add(new Fact("七、预算绩效（第十三部分；项目清单见“绩效自评”工作表）", Kind.SECTION, false, ""));
        f.add(new Fact(PERF_LEVEL, Kind.TEXT, false, "如 区级、市级；不填为“本级”"));
        f.add(new Fact(PERF_AMOUNT, Kind.AMOUNT, false, "万元"));
        f.add(new Fact(PERF_BASE, Kind.AMOUNT, false, "万元，自评覆盖率的分母"));
        f.add(new Fact(PERF_REMARKS, Kind.TEXT, false, "单位的总体评价（可不填）"));
        f.add(new Fact("八、原因说明（单位自己的表述，原样插入情况说明；不填则生成醒目的占位）", Kind.SECTION, false, ""));
        for (ReasonKey key : ReasonKey.values()) {
            f.add(new Fact(key.description(), Kind.TEXT, false, "一句话，不必以“主要是”开头"));
        }
        return f;
    }

    // ---- 绩效自评: blocks, each a title row, a header row and data rows -------------------------------------------
    record Block(String title, List<String> headers) {}

    static final Block RESULTS = new Block("项目自评结果", List.of("项目名称", "自评得分", "自评等级"));
    static final Block SUMMARIES = new Block("重点项目自评综述", List.of("项目名称", "自评得分", "全年预算数（万元）", "全年执行数（万元）",
            "绩效目标完成情况", "存在的问题", "改进措施"));
    static final Block EVALUATIONS = new Block("部门评价", List.of("项目名称", "涉及资金（万元）", "评价得分", "评价等级"));
    static final Block TRANSFERS = new Block("中央对地方转移支付项目自评", List.of("项目名称"));
    static final Block KEY_EVALUATIONS = new Block("财政重点绩效评价", List.of("评价结果（一段文字）"));
    static final List<Block> BLOCKS = List.of(RESULTS, SUMMARIES, EVALUATIONS, TRANSFERS, KEY_EVALUATIONS);

    /** A (1) … Z (26), AA … as Excel names columns; {@code index} is 0-based. */
    static String columnName(int index) {
        StringBuilder s = new StringBuilder();
        for (int i = index + 1; i > 0; i = (i - 1) / 26) {
            s.insert(0, (char) ('A' + (i - 1) % 26));
        }
        return s.toString();
    }

    /** {@code D12} from a 0-based column and a 1-based row. */
    static String cell(int column, int row) {
        return columnName(column) + row;
    }
}
