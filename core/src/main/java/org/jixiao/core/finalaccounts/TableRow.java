package org.jixiao.core.finalaccounts;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One printed row of a table by 功能分类: its code and the amounts in its columns (a column absent here is empty,
 * i.e. 0). Rows may be 类, 款 or 项 rows; 类 and 款 rows that a dataset leaves out are computed from their 项.
 */
public record TableRow(String code, Map<String, BigDecimal> values) {
    public TableRow {
        Objects.requireNonNull(code, "code");
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    public BigDecimal get(String column) {
        return values.getOrDefault(column, BigDecimal.ZERO);
    }

    public boolean has(String column) {
        return values.containsKey(column);
    }
}
