package org.jixiao.core.selfeval;

/**
 * How a table's framework turns the execution rate into points. The 分值 of the budget block (10 in 财预〔2020〕10号, 20 in
 * tables whose 年度绩效目标 are worth 80) gives the scale; a framework that scores 预算执行率 as an indicator among the others
 * (the 决策/过程/产出/效益 tables) gives the budget block no points.
 */
public enum ExecutionRule {
    /** 分值 × min(B ÷ A, 1), from the unrounded quotient, 2 decimals half-up. */
    CAPPED("得分 = 分值 × 执行率，最高为分值"),
    /** The budget block carries no points. */
    NONE("预算执行率不单独计分");

    private final String text;

    ExecutionRule(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }
}
