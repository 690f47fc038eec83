package org.jixiao.core.ratio;

import java.math.BigDecimal;
import java.util.List;

/**
 * A computed ratio with its derivation: the inputs, the formula and the result, so that a reader can redo it.
 *
 * @param percent    the result in percent, 2 decimals half-up (97.00 means 97.00%)
 * @param derivation the formula with the numbers put in, e.g. {@code 9,738.4 ÷ 10,039.31 × 100% = 97.00%}
 */
public record Ratio(RatioId id, List<Input> inputs, BigDecimal percent, String derivation) {
    public Ratio {
        inputs = List.copyOf(inputs);
    }

    public String label() {
        return id.label();
    }

    public String formula() {
        return id.formula();
    }

    /** One named input of a ratio, with its unit (万元, 元, 人, 项). */
    public record Input(String label, BigDecimal value, String unit) {}
}
