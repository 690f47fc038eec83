package org.jixiao.core.scoring;

import java.math.BigDecimal;

import org.jixiao.core.number.ChineseNumbers;
import org.jixiao.core.ratio.Ratio;
import org.jixiao.core.ratio.RatioId;

/**
 * The measured value a rule judges: either a number the evaluator states (with its unit and an optional label), or a
 * standard ratio computed from the data, so that no computed figure is typed twice.
 */
public record Measure(String label, BigDecimal value, String unit, RatioId ratio) {

    public static Measure of(String label, BigDecimal value, String unit) {
        return new Measure(label, value, unit == null ? "" : unit, null);
    }

    public static Measure ofRatio(RatioId ratio) {
        return new Measure(ratio.label(), null, "%", ratio);
    }

    public Measure {
        if ((value == null) == (ratio == null)) {
            throw new IllegalArgumentException("a measure is either a value or a ratio");
        }
        unit = unit == null ? "" : unit;
    }

    Resolved resolve(RuleContext context) {
        if (ratio == null) {
            return new Resolved(label == null ? "实际值" : label, value, unit, null);
        }
        Ratio computed = context.requireRatio(ratio);
        return new Resolved(ratio.label(), computed.percent(), "%", computed.derivation());
    }

    /** The measure's value with its label and, for a ratio, its derivation. */
    record Resolved(String label, BigDecimal value, String unit, String derivation) {
        String describe() {
            String text = label + "为" + ChineseNumbers.plain(value) + unit;
            return derivation == null ? text : text + "（" + derivation + "）";
        }
    }
}
