package org.jixiao.core.selfeval;

import java.math.BigDecimal;

/**
 * One row of the budget block (年度资金总额 / 总额, 其中：当年财政拨款 / 财政资金, 上年结转资金, 财政专户管理资金, 单位资金,
 * 其他资金), in 万元, as printed. A figure left blank or printed as a placeholder (—, /) is null: not given, never 0.
 *
 * @param label        the row's label as printed ("" for rows built in code)
 * @param initial      年初预算数
 * @param annual       全年预算数 (A) / 调整后预算数
 * @param executed     全年执行数 (B) / 预算执行数
 * @param printedRate  the row's own 执行率 in percent where the layout prints one per row (Sichuan); null otherwise
 * @param printedScore the row's own 得分 where printed; null otherwise
 */
public record FundRow(String label, BigDecimal initial, BigDecimal annual, BigDecimal executed, BigDecimal printedRate,
        BigDecimal printedScore) {
    public static final FundRow ZERO = new FundRow(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);
    public static final FundRow EMPTY = new FundRow("", null, null, null, null, null);

    public FundRow {
        label = label == null ? "" : label;
    }

    public FundRow(BigDecimal initial, BigDecimal annual, BigDecimal executed) {
        this("", initial, annual, executed, null, null);
    }

    public FundRow withLabel(String newLabel) {
        return new FundRow(newLabel, initial, annual, executed, printedRate, printedScore);
    }

    /** True when no figure of the row is given. */
    public boolean isBlank() {
        return initial == null && annual == null && executed == null;
    }

    /** 全年预算数 A, 0 when not given (for sums of the parts). */
    public BigDecimal annualOrZero() {
        return annual == null ? BigDecimal.ZERO : annual;
    }
}
