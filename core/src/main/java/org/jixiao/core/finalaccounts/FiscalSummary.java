package org.jixiao.core.finalaccounts;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Table 4 财政拨款收入支出决算总表: for each kind of 财政拨款 ({@link Layouts#FISCAL_KINDS}) the 本年收入, 年初结转和结余,
 * 本年支出 and 年末结转和结余; the two 总计 as printed (null: computed).
 */
public record FiscalSummary(Map<String, BigDecimal> income, Map<String, BigDecimal> opening, Map<String, BigDecimal> expenditure,
        Map<String, BigDecimal> closing, BigDecimal incomeGrandTotal, BigDecimal expenditureGrandTotal) {

    public FiscalSummary {
        income = copy(income);
        opening = copy(opening);
        expenditure = copy(expenditure);
        closing = copy(closing);
    }

    private static Map<String, BigDecimal> copy(Map<String, BigDecimal> map) {
        return map == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }

    static BigDecimal sum(Map<String, BigDecimal> values) {
        return values.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public BigDecimal get(Map<String, BigDecimal> part, String kind) {
        return part.getOrDefault(kind, BigDecimal.ZERO);
    }

    public BigDecimal incomeSum() {
        return sum(income);
    }

    public BigDecimal openingSum() {
        return sum(opening);
    }

    public BigDecimal expenditureSum() {
        return sum(expenditure);
    }

    public BigDecimal closingSum() {
        return sum(closing);
    }

    public BigDecimal effectiveIncomeGrandTotal() {
        return incomeGrandTotal != null ? incomeGrandTotal : incomeSum().add(openingSum());
    }

    public BigDecimal effectiveExpenditureGrandTotal() {
        return expenditureGrandTotal != null ? expenditureGrandTotal : expenditureSum().add(closingSum());
    }
}
