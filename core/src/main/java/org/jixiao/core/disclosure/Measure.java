package org.jixiao.core.disclosure;

/**
 * What the figures of a column mean, whatever the header's wording: 合计, one source of income, one kind of
 * expenditure, a balance item, 预算数 or 决算数. A column's period (this year, last year, the change) is kept apart, in
 * {@link ColumnKey}.
 */
public enum Measure {
    /** The one amount column of a two-sided summary table (金额, 决算数, 预算数). */
    AMOUNT("金额"),
    TOTAL("合计"),
    /** 财政拨款收入 as one figure (the three kinds together). */
    FISCAL("财政拨款收入"),
    GENERAL_PUBLIC("一般公共预算财政拨款"),
    GOVERNMENT_FUND("政府性基金预算财政拨款"),
    STATE_CAPITAL("国有资本经营预算财政拨款"),
    SPECIAL_ACCOUNT("财政专户管理资金"),
    SUPERIOR("上级补助收入"),
    BUSINESS("事业收入"),
    OPERATING_INCOME("经营收入"),
    AFFILIATED_INCOME("附属单位上缴收入"),
    OTHER_INCOME("其他收入"),
    /** 上年结转（结余） as a column of a budget's income table. */
    CARRIED_OVER("上年结转"),
    BASIC("基本支出"),
    PROJECT("项目支出"),
    UPPER("上缴上级支出"),
    OPERATING("经营支出"),
    AFFILIATED("对附属单位补助支出"),
    PERSONNEL("人员经费"),
    PUBLIC_FUNDS("公用经费"),
    OPENING("年初结转和结余"),
    INCOME("本年收入"),
    EXPENDITURE("本年支出"),
    CLOSING("年末结转和结余"),
    BUDGET("预算数"),
    ACTUAL("决算数"),
    INITIAL_BUDGET("年初预算数");

    private final String label;

    Measure(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
