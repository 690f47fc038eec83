package org.jixiao.core.disclosure;

import java.util.Objects;

/** A column by meaning: what it measures and for which year ({@code 基本支出}, {@code 上年 决算数}, {@code 增减额 合计}). */
public record ColumnKey(Measure measure, Period period) {
    public ColumnKey {
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(period, "period");
    }

    public static ColumnKey of(Measure measure) {
        return new ColumnKey(measure, Period.CURRENT);
    }

    public ColumnKey withPeriod(Period other) {
        return new ColumnKey(measure, other);
    }

    @Override
    public String toString() {
        return period == Period.CURRENT ? measure.label() : period.label() + " " + measure.label();
    }
}
