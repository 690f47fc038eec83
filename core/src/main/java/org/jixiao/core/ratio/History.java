package org.jixiao.core.ratio;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** Figures of earlier years for the 环比 tables (表3, 表4, 表11 of the Weihai report). */
public record History(String unit, List<IncomeYear> income, List<ExpenditureYear> expenditure, List<AdjustmentRow> budgetAdjustment) {
    public History {
        unit = unit == null ? "万元" : unit;
        income = income == null ? List.of() : List.copyOf(income);
        expenditure = expenditure == null ? List.of() : List.copyOf(expenditure);
        budgetAdjustment = budgetAdjustment == null ? List.of() : List.copyOf(budgetAdjustment);
    }

    public static History empty() {
        return new History("万元", List.of(), List.of(), List.of());
    }

    /** One year's income by source; {@code items} keeps the order of the table's columns. */
    public record IncomeYear(int year, Map<IncomeItem, BigDecimal> items) {
        public BigDecimal total() {
            return items.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        }
    }

    public enum IncomeItem {
        GENERAL_PUBLIC("一般公共预算财政拨款收入"),
        GOVERNMENT_FUND("政府性基金收入"),
        STATE_CAPITAL("国有资本经营预算收入"),
        OTHER("其他收入"),
        CARRYOVER("年初结转结余");

        private final String label;

        IncomeItem(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public record ExpenditureYear(int year, BigDecimal basic, BigDecimal project) {
        public BigDecimal total() {
            return basic.add(project);
        }
    }

    /** 年初预算数 vs 调整预算数 of one item in one year. */
    public record AdjustmentRow(int year, String item, BigDecimal initial, BigDecimal adjusted) {}
}
