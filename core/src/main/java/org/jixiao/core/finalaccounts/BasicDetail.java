package org.jixiao.core.finalaccounts;

import java.math.BigDecimal;
import java.util.List;

/**
 * Table 6 一般公共预算财政拨款基本支出决算明细表: 人员经费 and 公用经费 by economic classification, with the two
 * totals as printed (null: computed).
 */
public record BasicDetail(List<EconomicRow> rows, BigDecimal personnelTotal, BigDecimal publicTotal) {
    public BasicDetail {
        rows = List.copyOf(rows);
    }

    public List<EconomicRow> personnelRows() {
        return rows.stream().filter(EconomicRow::personnel).toList();
    }

    public List<EconomicRow> publicRows() {
        return rows.stream().filter(r -> !r.personnel()).toList();
    }

    public BigDecimal personnelSum() {
        return personnelRows().stream().map(EconomicRow::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public BigDecimal publicSum() {
        return publicRows().stream().map(EconomicRow::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public BigDecimal effectivePersonnel() {
        return personnelTotal != null ? personnelTotal : personnelSum();
    }

    public BigDecimal effectivePublic() {
        return publicTotal != null ? publicTotal : publicSum();
    }
}
