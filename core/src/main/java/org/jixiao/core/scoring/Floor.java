package org.jixiao.core.scoring;

import static org.jixiao.core.scoring.Rules.n;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * 保底线: “按比例计分，低于80%的不得分” — below {@code below} (a value in the measure's unit, or a 得分率 in % for a
 * composite) the rule gives {@code award} instead of its computed score (0 unless the text states a floor value).
 */
public record Floor(BigDecimal below, Award award) {

    public Floor {
        Objects.requireNonNull(below, "below");
        award = award == null ? Award.NOTHING : award;
    }

    boolean applies(BigDecimal value) {
        return value.compareTo(below) < 0;
    }

    String describe(String what, String unit, BigDecimal weight) {
        return what + "低于" + n(below) + unit + "，" + award.describe(weight);
    }
}
