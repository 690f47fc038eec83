package org.jixiao.core.disclosure;

/**
 * What a published table is, by meaning, whatever its title's spelling or number. The nine 决算 tables and the budget
 * tables of a 部门预算 play the same roles (收支总表, 收入表, 支出表 …), so that one set of identities serves both; the
 * standard title of each statement is what findings name the table by when the document's own title is not known.
 */
public enum TableRole {
    /** 收入支出决算总表 / 部门收支总表: income by source and expenditure by 类, with the balance items and both 总计. */
    SUMMARY("收入支出决算总表", "部门收支总表", 1, 1),
    /** 收入决算表 / 部门收入总表: income by 功能分类, one column per source. */
    INCOME("收入决算表", "部门收入总表", 2, 2),
    /** 支出决算表 / 部门支出总表: expenditure by 功能分类, 基本/项目/上缴上级/经营/对附属单位补助. */
    EXPENDITURE("支出决算表", "部门支出总表", 3, 3),
    /** 财政拨款收入支出决算总表 / 财政拨款收支总表: the balance of the three kinds of 财政拨款. */
    FISCAL_SUMMARY("财政拨款收入支出决算总表", "财政拨款收支总表", 4, 4),
    /** 一般公共预算财政拨款支出决算表 / 一般公共预算支出表: by 功能分类 类/款/项, 合计/基本/项目. */
    GENERAL_PUBLIC("一般公共预算财政拨款支出决算表", "一般公共预算支出表", 5, 5),
    /** 一般公共预算财政拨款基本支出决算明细表 / 一般公共预算基本支出表: 人员经费 and 公用经费 by 经济分类. */
    BASIC("一般公共预算财政拨款基本支出决算明细表", "一般公共预算基本支出表", 6, 6),
    /** 政府性基金预算财政拨款收入支出决算表 / 政府性基金预算支出表. */
    GOVERNMENT_FUND("政府性基金预算财政拨款收入支出决算表", "政府性基金预算支出表", 7, 8),
    /** 国有资本经营预算财政拨款支出决算表 / 国有资本经营预算支出表. */
    STATE_CAPITAL("国有资本经营预算财政拨款支出决算表", "国有资本经营预算支出表", 8, 9),
    /** 财政拨款“三公”经费支出决算表 / 一般公共预算“三公”经费支出表. */
    THREE_PUBLIC("财政拨款“三公”经费支出决算表", "一般公共预算“三公”经费支出表", 9, 7);

    private final String finalTitle;
    private final String budgetTitle;
    private final int finalNumber;
    private final int budgetNumber;

    TableRole(String finalTitle, String budgetTitle, int finalNumber, int budgetNumber) {
        this.finalTitle = finalTitle;
        this.budgetTitle = budgetTitle;
        this.finalNumber = finalNumber;
        this.budgetNumber = budgetNumber;
    }

    /** The standard title of the table in a disclosure of this kind. */
    public String title(Statement statement) {
        return statement == Statement.BUDGET ? budgetTitle : finalTitle;
    }

    /** The table's number in the standard set (公开01表 … 公开09表 for 决算; the usual order of the budget tables). */
    public int number(Statement statement) {
        return statement == Statement.BUDGET ? budgetNumber : finalNumber;
    }

    /** {@code 表5 一般公共预算财政拨款支出决算表}: how a finding names a table the document does not title. */
    public String standardName(Statement statement) {
        return "表" + number(statement) + " " + title(statement);
    }

    /** Tables whose rows are 功能分类 科目 (类/款/项) with codes. */
    public boolean byFunction() {
        return this == INCOME || this == EXPENDITURE || this == GENERAL_PUBLIC || this == GOVERNMENT_FUND || this == STATE_CAPITAL;
    }
}
