package org.jixiao.core.selfeval;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The budget block (项目预算执行情况) of a self-evaluation table.
 *
 * @param total        年度资金总额
 * @param fiscal       其中：当年财政拨款
 * @param carryOver    上年结转资金
 * @param other        其他资金
 * @param weight       分值 of the execution rate (10 in the standard table)
 * @param printedRate  执行率 (B/A) as the unit filled it, in percent (74.14); null when left blank
 * @param printedScore 得分 as the unit filled it; null when left blank
 */
public record BudgetBlock(FundRow total, FundRow fiscal, FundRow carryOver, FundRow other, BigDecimal weight,
        BigDecimal printedRate, BigDecimal printedScore) {
    public static final BigDecimal STANDARD_WEIGHT = BigDecimal.TEN;

    public BudgetBlock {
        Objects.requireNonNull(total, "total");
        fiscal = fiscal == null ? FundRow.ZERO : fiscal;
        carryOver = carryOver == null ? FundRow.ZERO : carryOver;
        other = other == null ? FundRow.ZERO : other;
        weight = weight == null ? STANDARD_WEIGHT : weight;
    }

    /** 全年预算数 A of the whole project. */
    public BigDecimal annual() {
        return total.annual();
    }

    /** 全年执行数 B of the whole project. */
    public BigDecimal executed() {
        return total.executed();
    }
}
