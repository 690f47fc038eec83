package org.jixiao.core.selfeval;

import java.math.BigDecimal;

/**
 * One row of the budget block (年度资金总额, 其中当年财政拨款, 上年结转资金, 其他资金), in 万元.
 *
 * @param initial  年初预算数
 * @param annual   全年预算数 (A)
 * @param executed 全年执行数 (B)
 */
public record FundRow(BigDecimal initial, BigDecimal annual, BigDecimal executed) {
    public static final FundRow ZERO = new FundRow(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);

    public FundRow {
        initial = initial == null ? BigDecimal.ZERO : initial;
        annual = annual == null ? BigDecimal.ZERO : annual;
        executed = executed == null ? BigDecimal.ZERO : executed;
    }
}
