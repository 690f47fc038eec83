package org.jixiao.core.disclosure;

/** What a published disclosure reports: the year's final accounts (决算) or the coming year's budget (预算). */
public enum Statement {
    FINAL_ACCOUNTS("决算"),
    BUDGET("预算");

    private final String word;

    Statement(String word) {
        this.word = word;
    }

    /** 决算 or 预算, as the table titles use it. */
    public String word() {
        return word;
    }

    /** 部门决算公开 / 部门预算公开. */
    public String label() {
        return "部门" + word + "公开";
    }
}
