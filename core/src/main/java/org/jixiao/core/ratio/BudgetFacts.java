package org.jixiao.core.ratio;

import java.math.BigDecimal;

/**
 * The budget figures of one year that the standard ratios are computed from (domain §5). Every field may be null: a
 * ratio whose inputs are missing is reported as unavailable, naming the missing input.
 *
 * @param unit                 the money unit of every amount here (万元 in the real reports)
 * @param superiorSpecialFunds 上级专项资金 / 转移支付 received during the year; excluded from 预算调整率
 */
public record BudgetFacts(
        String unit,
        Block initial,
        Block adjusted,
        Block finalAccounts,
        BigDecimal superiorSpecialFunds,
        Staff staff,
        ThreePublic threePublic,
        BudgetVsActual publicFunds,
        BudgetVsActual procurement,
        FixedAssets fixedAssets,
        Assets assets) {

    public static BudgetFacts empty() {
        return new BudgetFacts("万元", Block.EMPTY, Block.EMPTY, Block.EMPTY, null, null, null, null, null, null, null);
    }

    public BudgetFacts {
        unit = unit == null ? "万元" : unit;
        initial = initial == null ? Block.EMPTY : initial;
        adjusted = adjusted == null ? Block.EMPTY : adjusted;
        finalAccounts = finalAccounts == null ? Block.EMPTY : finalAccounts;
    }

    /** One column of budget figures: 年初预算, 调整后预算 or 决算. */
    public record Block(
            BigDecimal total,
            BigDecimal basic,
            BigDecimal personnel,
            BigDecimal publicFunds,
            BigDecimal project,
            BigDecimal generalPublic,
            BigDecimal governmentFund) {
        public static final Block EMPTY = new Block(null, null, null, null, null, null, null);
    }

    /** 编制数 (核定人数) and 实际在职人数. */
    public record Staff(BigDecimal approved, BigDecimal actual) {}

    /** “三公经费”: this year's budget, last year's budget, this year's actual spending. */
    public record ThreePublic(BigDecimal budget, BigDecimal budgetPreviousYear, BigDecimal actual) {}

    public record BudgetVsActual(BigDecimal budget, BigDecimal actual) {}

    /** Fixed assets counted (or valued) and those in use; {@code basis} says how they were counted. */
    public record FixedAssets(BigDecimal total, BigDecimal inUse, String basis) {}

    /** Balance-sheet facts for the report's 资产情况. */
    public record Assets(
            BigDecimal total,
            BigDecimal current,
            BigDecimal nonCurrent,
            BigDecimal fixedOriginal,
            BigDecimal accumulatedDepreciation,
            BigDecimal fixedNet) {}
}
