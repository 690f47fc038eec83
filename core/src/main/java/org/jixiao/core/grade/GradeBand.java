package org.jixiao.core.grade;

import java.math.BigDecimal;
import java.util.Objects;

/** One band of a grade scheme: totals at or above {@code min} (and below the next band up) get {@code grade}. */
public record GradeBand(String grade, BigDecimal min) {
    public GradeBand {
        Objects.requireNonNull(grade, "grade");
        Objects.requireNonNull(min, "min");
    }
}
