package org.jixiao.core.finalaccounts;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;

/**
 * The identity every row of a table satisfies: {@code result = Σ plus − Σ minus} — e.g. 合计 = 基本支出 + 项目支出, or
 * 年末结转和结余 = 年初结转和结余 + 本年收入 − 基本支出 − 项目支出.
 */
public record RowIdentity(String result, List<String> plus, List<String> minus) {
    public RowIdentity {
        plus = List.copyOf(plus);
        minus = List.copyOf(minus);
    }

    public static RowIdentity sum(String result, List<String> parts) {
        return new RowIdentity(result, parts, List.of());
    }

    public BigDecimal compute(Function<String, BigDecimal> value) {
        BigDecimal out = BigDecimal.ZERO;
        for (String key : plus) {
            out = out.add(value.apply(key));
        }
        for (String key : minus) {
            out = out.subtract(value.apply(key));
        }
        return out;
    }

    public boolean involves(String key) {
        return result.equals(key) || plus.contains(key) || minus.contains(key);
    }
}
