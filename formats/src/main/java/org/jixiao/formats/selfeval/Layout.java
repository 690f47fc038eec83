package org.jixiao.formats.selfeval;

import java.util.List;

import org.jixiao.core.selfeval.Field;

/**
 * The workbook Jixiao writes: the table sheet in the layout units already fill (项目支出绩效自评表), the flat bulk-entry
 * sheet (批量录入, one row per indicator) and the summary sheet (汇总表). The writer places cells here; the reader finds
 * them by their words (layouts/*.yaml), so a unit's own workbook reads as well. Rows and columns here are 0-based; cells
 * in messages are Excel names (G21).
 */
final class Layout {
    private Layout() {}

    static final String TITLE = "项目支出绩效自评表";
    static final String FLAT_SHEET = "批量录入";
    static final String SUMMARY_SHEET = "汇总表";
    static final String GUIDE_SHEET = "填表说明";

    // table sheet: fixed header rows
    static final int ROW_PROJECT = 2;
    static final int ROW_AUTHORITY = 3;
    static final int ROW_BUDGET_HEADER = 4;
    static final int ROW_FUND_TOTAL = 5;
    static final int ROW_GOAL_HEADER = 9;
    static final int ROW_GOAL = 10;
    static final int ROW_INDICATOR_HEADER = 11;
    static final int FIRST_INDICATOR_ROW = 12;
    static final String LABEL_PROJECT = "项目名称";
    static final String LABEL_DEPARTMENT = "主管部门";
    static final String LABEL_IMPLEMENTER = "实施单位";
    static final String LABEL_BUDGET = "项目预算执行情况";
    static final String LABEL_GOAL = "年度总体目标";
    static final String LABEL_TOTAL = "总分";
    static final String LABEL_EXPLANATION = "总分在80分以下的项目未实现绩效目标的原因分析及拟采取的措施说明：";
    static final List<String> FUND_ROWS = List.of("年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金");
    static final List<String> BUDGET_HEADER = List.of("年初预算数", "全年预算数(A)", "全年执行数(B)", "分值", "执行率(B/A)", "得分");
    static final List<String> INDICATOR_HEADER = List.of("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成指标值", "分值", "得分",
            "偏差原因分析及改进措施");
    static final int COL_LABEL = 2; // C: fund row labels
    static final int COLUMNS = 9; // A..I

    // flat sheet columns (header texts); the reader finds them by header, so their order may change
    static final String F_PROJECT = "项目名称";
    static final String F_DEPARTMENT = "主管部门";
    static final String F_IMPLEMENTER = "实施单位";
    static final String F_INITIAL = "年初预算数";
    static final String F_ANNUAL = "全年预算数(A)";
    static final String F_EXECUTED = "全年执行数(B)";
    static final String F_FISCAL_INITIAL = "当年财政拨款-年初预算数";
    static final String F_FISCAL_ANNUAL = "当年财政拨款-全年预算数";
    static final String F_FISCAL_EXECUTED = "当年财政拨款-全年执行数";
    static final String F_CARRY_INITIAL = "上年结转资金-年初预算数";
    static final String F_CARRY_ANNUAL = "上年结转资金-全年预算数";
    static final String F_CARRY_EXECUTED = "上年结转资金-全年执行数";
    static final String F_OTHER_INITIAL = "其他资金-年初预算数";
    static final String F_OTHER_ANNUAL = "其他资金-全年预算数";
    static final String F_OTHER_EXECUTED = "其他资金-全年执行数";
    static final String F_EXEC_WEIGHT = "执行率分值";
    static final String F_EXEC_RATE = "执行率(B/A)";
    static final String F_EXEC_SCORE = "执行率得分";
    static final String F_GOAL_EXPECTED = "年初预期目标";
    static final String F_GOAL_ACHIEVED = "目标实际完成情况";
    static final String F_TOTAL = "总分";
    static final String F_EXPLANATION = "80分以下原因说明";
    static final String F_LEVEL1 = "一级指标";
    static final String F_LEVEL2 = "二级指标";
    static final String F_NAME = "三级指标";
    static final String F_TARGET = "年度指标值";
    static final String F_ACTUAL = "实际完成指标值";
    static final String F_WEIGHT = "分值";
    static final String F_SCORE = "得分";
    static final String F_DEVIATION = "偏差原因分析及改进措施";
    static final List<String> FLAT_COLUMNS = List.of(F_PROJECT, F_DEPARTMENT, F_IMPLEMENTER, F_INITIAL, F_ANNUAL, F_EXECUTED,
            F_FISCAL_INITIAL, F_FISCAL_ANNUAL, F_FISCAL_EXECUTED, F_CARRY_INITIAL, F_CARRY_ANNUAL, F_CARRY_EXECUTED,
            F_OTHER_INITIAL, F_OTHER_ANNUAL, F_OTHER_EXECUTED, F_EXEC_WEIGHT, F_EXEC_RATE, F_EXEC_SCORE, F_GOAL_EXPECTED,
            F_GOAL_ACHIEVED, F_TOTAL, F_EXPLANATION, F_LEVEL1, F_LEVEL2, F_NAME, F_TARGET, F_ACTUAL, F_WEIGHT, F_SCORE, F_DEVIATION);
    static final List<String> FLAT_REQUIRED = List.of(F_PROJECT, F_ANNUAL, F_EXECUTED, F_NAME, F_TARGET, F_ACTUAL, F_WEIGHT);

    static final List<String> SUMMARY_HEADER = List.of("序号", "项目名称", "自评得分", "自评等级");

    /** Excel cell name of a 0-based row and column: (20, 6) → G21. */
    static String cell(int row, int column) {
        return columnName(column) + (row + 1);
    }

    static String columnName(int column) {
        StringBuilder name = new StringBuilder();
        int c = column + 1;
        while (c > 0) {
            int rem = (c - 1) % 26;
            name.insert(0, (char) ('A' + rem));
            c = (c - 1) / 26;
        }
        return name.toString();
    }

    /** The flat-sheet column header of a field. */
    static String flatHeader(Field field) {
        return switch (field) {
            case PROJECT -> F_PROJECT;
            case DEPARTMENT -> F_DEPARTMENT;
            case IMPLEMENTER -> F_IMPLEMENTER;
            case INITIAL -> F_INITIAL;
            case ANNUAL -> F_ANNUAL;
            case EXECUTED -> F_EXECUTED;
            case EXECUTION_WEIGHT -> F_EXEC_WEIGHT;
            case EXECUTION_RATE -> F_EXEC_RATE;
            case EXECUTION_SCORE -> F_EXEC_SCORE;
            case GOAL_EXPECTED -> F_GOAL_EXPECTED;
            case GOAL_ACHIEVED -> F_GOAL_ACHIEVED;
            case TOTAL -> F_TOTAL;
            case EXPLANATION -> F_EXPLANATION;
            case INDICATOR_LEVEL1 -> F_LEVEL1;
            case INDICATOR_LEVEL2 -> F_LEVEL2;
            case INDICATOR_NAME -> F_NAME;
            case INDICATOR_TARGET -> F_TARGET;
            case INDICATOR_ACTUAL -> F_ACTUAL;
            case INDICATOR_WEIGHT -> F_WEIGHT;
            case INDICATOR_SCORE -> F_SCORE;
            case INDICATOR_DEVIATION -> F_DEVIATION;
            default -> field.name();
        };
    }
}
