package org.jixiao.core.finalaccounts;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Table 1 收入支出决算总表: income by source and the balance items, expenditure totals and the balance items. The
 * expenditure rows by 功能分类 类 are those of table 3. A total left out ({@code null}) is computed; a printed one is
 * used as printed and reviewed.
 *
 * @param income by source key of {@link Layouts#INCOME_SOURCES}
 */
public record Summary(Map<String, BigDecimal> income, BigDecimal incomeTotal, BigDecimal useOfNonFiscalBalance,
        BigDecimal openingBalance, BigDecimal incomeGrandTotal, BigDecimal expenditureTotal, BigDecimal surplusDistribution,
        BigDecimal closingBalance, BigDecimal expenditureGrandTotal) {

    public Summary {
        income = Collections.unmodifiableMap(new LinkedHashMap<>(income));
        useOfNonFiscalBalance = zeroIfNull(useOfNonFiscalBalance);
        openingBalance = zeroIfNull(openingBalance);
        surplusDistribution = zeroIfNull(surplusDistribution);
        closingBalance = zeroIfNull(closingBalance);
    }

    static BigDecimal zeroIfNull(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }

    public BigDecimal income(String source) {
        return income.getOrDefault(source, BigDecimal.ZERO);
    }

    /** 财政拨款收入 = the three kinds of appropriation. */
    public BigDecimal fiscalIncome() {
        return income("general_public").add(income("government_fund")).add(income("state_capital"));
    }

    public BigDecimal incomeSum() {
        BigDecimal sum = BigDecimal.ZERO;
        for (Column source : Layouts.INCOME_SOURCES) {
            sum = sum.add(income(source.key()));
        }
        return sum;
    }

    /** 本年收入合计 as printed, else Σ sources. */
    public BigDecimal effectiveIncomeTotal() {
        return incomeTotal != null ? incomeTotal : incomeSum();
    }

    public BigDecimal computedIncomeGrandTotal() {
        return effectiveIncomeTotal().add(useOfNonFiscalBalance).add(openingBalance);
    }

    /** 收入总计 as printed, else 本年收入合计 + 使用非财政拨款结余 + 年初结转和结余. */
    public BigDecimal effectiveIncomeGrandTotal() {
        return incomeGrandTotal != null ? incomeGrandTotal : computedIncomeGrandTotal();
    }

    public BigDecimal computedExpenditureGrandTotal(BigDecimal expenditure) {
        return expenditure.add(surplusDistribution).add(closingBalance);
    }

    /** 支出总计 as printed, else 本年支出合计 + 结余分配 + 年末结转和结余. */
    public BigDecimal effectiveExpenditureGrandTotal(BigDecimal table3Total) {
        return expenditureGrandTotal != null ? expenditureGrandTotal
                : computedExpenditureGrandTotal(effectiveExpenditureTotal(table3Total));
    }

    /** 本年支出合计 as printed, else table 3's 合计. */
    public BigDecimal effectiveExpenditureTotal(BigDecimal table3Total) {
        return expenditureTotal != null ? expenditureTotal : table3Total;
    }
}
