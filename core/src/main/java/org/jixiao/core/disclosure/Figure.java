package org.jixiao.core.disclosure;

import java.math.BigDecimal;
import java.util.Objects;

import org.jixiao.core.review.Where;

/**
 * One printed number: its value in the unit of its table (or sentence), the text as printed and where it was read. A cell
 * that prints nothing (blank, —, -) has no figure: "not given" is never 0.
 */
public record Figure(BigDecimal value, String printed, Where where) {
    public Figure {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(printed, "printed");
        Objects.requireNonNull(where, "where");
    }

    /** One unit of the last printed digit (0.01 for {@code 6,095.94}, 1 for {@code 1,176}). */
    public BigDecimal lastDigit() {
        return BigDecimal.ONE.movePointLeft(Math.max(value.scale(), 0));
    }
}
