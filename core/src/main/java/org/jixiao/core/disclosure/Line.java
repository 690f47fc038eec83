package org.jixiao.core.disclosure;

/**
 * A fixed row of a table, by meaning: the income sources and balance items of the summary tables, the 合计 of a table by
 * 科目, the items of the “三公” table. Rows by 科目 are {@link RowKey.Code} instead.
 */
public enum Line {
    /** The 合计 (or 总计) row of a table by 科目, or the 人员经费合计/公用经费合计 row of a 基本支出 table. */
    TOTAL("合计"),
    /** 财政拨款收入 printed as one line (the three kinds together). */
    INCOME_FISCAL("财政拨款收入"),
    INCOME_GENERAL_PUBLIC("一般公共预算财政拨款收入"),
    INCOME_GOVERNMENT_FUND("政府性基金预算财政拨款收入"),
    INCOME_STATE_CAPITAL("国有资本经营预算财政拨款收入"),
    INCOME_SPECIAL_ACCOUNT("财政专户管理资金收入"),
    INCOME_SUPERIOR("上级补助收入"),
    INCOME_BUSINESS("事业收入"),
    INCOME_OPERATING("经营收入"),
    INCOME_AFFILIATED("附属单位上缴收入"),
    INCOME_OTHER("其他收入"),
    INCOME_TOTAL("本年收入合计"),
    USE_OF_NON_FISCAL_BALANCE("使用非财政拨款结余"),
    OPENING_BALANCE("年初结转和结余"),
    OPENING_GENERAL_PUBLIC("年初结转和结余 · 一般公共预算财政拨款"),
    OPENING_GOVERNMENT_FUND("年初结转和结余 · 政府性基金预算财政拨款"),
    OPENING_STATE_CAPITAL("年初结转和结余 · 国有资本经营预算财政拨款"),
    INCOME_GRAND_TOTAL("收入总计"),
    EXPENDITURE_TOTAL("本年支出合计"),
    SURPLUS_DISTRIBUTION("结余分配"),
    CLOSING_BALANCE("年末结转和结余"),
    EXPENDITURE_GRAND_TOTAL("支出总计"),
    THREE_TOTAL("“三公”经费合计"),
    OVERSEAS("因公出国（境）费"),
    VEHICLES("公务用车购置及运行维护费"),
    VEHICLE_PURCHASE("公务用车购置费"),
    VEHICLE_OPERATION("公务用车运行维护费"),
    RECEPTION("公务接待费");

    private final String label;

    Line(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The income source lines of a summary table, in their usual order. */
    public static final java.util.List<Line> INCOME_SOURCES = java.util.List.of(INCOME_GENERAL_PUBLIC, INCOME_GOVERNMENT_FUND,
            INCOME_STATE_CAPITAL, INCOME_SPECIAL_ACCOUNT, INCOME_SUPERIOR, INCOME_BUSINESS, INCOME_OPERATING, INCOME_AFFILIATED,
            INCOME_OTHER);

    /** The three kinds of 财政拨款 as income lines, as columns, and as opening balances (表4). */
    public static final java.util.List<Line> FISCAL_INCOME = java.util.List.of(INCOME_GENERAL_PUBLIC, INCOME_GOVERNMENT_FUND,
            INCOME_STATE_CAPITAL);
    public static final java.util.List<Line> FISCAL_OPENING = java.util.List.of(OPENING_GENERAL_PUBLIC, OPENING_GOVERNMENT_FUND,
            OPENING_STATE_CAPITAL);
}
