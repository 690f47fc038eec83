package org.jixiao.core.selfeval;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The budget block (项目预算执行情况 / 项目资金) of a self-evaluation table.
 *
 * @param total        年度资金总额 (总额)
 * @param parts        the 其中 rows in printed order (当年财政拨款, 上年结转资金, 其他资金; or 财政资金, 财政专户管理资金, 单位资金,
 *                     其他资金)
 * @param weight       分值 of the execution rate (10 in the standard table); null when not printed (then 10)
 * @param rule         how the framework scores the execution rate
 * @param printedRate  执行率 (B/A) as the unit filled it, in percent (74.14); null when left blank
 * @param printedScore 得分 as the unit filled it; null when left blank
 */
public record BudgetBlock(FundRow total, List<FundRow> parts, BigDecimal weight, ExecutionRule rule, BigDecimal printedRate,
        BigDecimal printedScore) {
    public static final BigDecimal STANDARD_WEIGHT = BigDecimal.TEN;
    public static final List<String> STANDARD_PARTS = List.of("其中：当年财政拨款", "上年结转资金", "其他资金");

    public BudgetBlock {
        Objects.requireNonNull(total, "total");
        parts = List.copyOf(parts);
        rule = rule == null ? ExecutionRule.CAPPED : rule;
        weight = rule == ExecutionRule.NONE ? BigDecimal.ZERO : weight == null ? STANDARD_WEIGHT : weight;
    }

    /** The standard block of 财预〔2020〕10号: 年度资金总额 and three 其中 rows. */
    public BudgetBlock(FundRow total, FundRow fiscal, FundRow carryOver, FundRow other, BigDecimal weight, BigDecimal printedRate,
            BigDecimal printedScore) {
        this(total, standardParts(fiscal, carryOver, other), weight, ExecutionRule.CAPPED, printedRate, printedScore);
    }

    private static List<FundRow> standardParts(FundRow... rows) {
        List<FundRow> parts = new ArrayList<>();
        for (int i = 0; i < rows.length; i++) {
            FundRow row = rows[i] == null ? FundRow.ZERO : rows[i];
            parts.add(row.label().isEmpty() ? row.withLabel(STANDARD_PARTS.get(i)) : row);
        }
        return parts;
    }

    /** 全年预算数 A of the whole project; null when not given. */
    public BigDecimal annual() {
        return total.annual();
    }

    /** 全年执行数 B of the whole project; null when not given. */
    public BigDecimal executed() {
        return total.executed();
    }

    /** The 其中 row of this year's appropriation (当年财政拨款 / 本年财政拨款 / 财政资金): the first 其中 row. */
    public FundRow fiscal() {
        return parts.isEmpty() ? FundRow.EMPTY : parts.get(0);
    }

    public FundRow carryOver() {
        return part("结转");
    }

    public FundRow other() {
        return part("其他");
    }

    private FundRow part(String word) {
        for (FundRow row : parts) {
            if (row.label().contains(word)) {
                return row;
            }
        }
        return FundRow.EMPTY;
    }
}
