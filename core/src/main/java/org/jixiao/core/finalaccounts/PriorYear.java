package org.jixiao.core.finalaccounts;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The previous year's figures the 情况说明 compares with (from last year's published tables).
 *
 * @param grandTotal                 收、支总计 (table 1)
 * @param income                     by key of {@link Layouts#INCOME_ITEMS} (财政拨款收入, 上级补助收入 …)
 * @param expenditure                by key of table 3's columns except 合计 (基本支出, 项目支出 …)
 * @param fiscalGrandTotal           财政拨款收、支总计 (table 4)
 * @param generalPublicExpenditure   一般公共预算财政拨款支出 (table 5 合计)
 */
public record PriorYear(BigDecimal grandTotal, Map<String, BigDecimal> income, Map<String, BigDecimal> expenditure,
        BigDecimal fiscalGrandTotal, BigDecimal generalPublicExpenditure) {
    public PriorYear {
        Objects.requireNonNull(grandTotal, "grandTotal");
        Objects.requireNonNull(fiscalGrandTotal, "fiscalGrandTotal");
        Objects.requireNonNull(generalPublicExpenditure, "generalPublicExpenditure");
        income = Collections.unmodifiableMap(new LinkedHashMap<>(income));
        expenditure = Collections.unmodifiableMap(new LinkedHashMap<>(expenditure));
    }

    public BigDecimal income(String key) {
        return income.getOrDefault(key, BigDecimal.ZERO);
    }

    public BigDecimal expenditure(String key) {
        return expenditure.getOrDefault(key, BigDecimal.ZERO);
    }
}
