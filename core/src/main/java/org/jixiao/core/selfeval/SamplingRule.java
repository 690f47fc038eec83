package org.jixiao.core.selfeval;

import java.math.BigDecimal;

/**
 * The coverage floors of a spot check (domain §11): at least {@code minCountPercent} of the projects by count and at
 * least {@code minAmountPercent} of the budget amount. {@code seed} breaks ties between projects of equal risk.
 */
public record SamplingRule(BigDecimal minCountPercent, BigDecimal minAmountPercent, long seed) {
    public SamplingRule {
        check(minCountPercent, "按数量抽查比例");
        check(minAmountPercent, "按金额抽查比例");
    }

    public static SamplingRule standard(long seed) {
        return new SamplingRule(BigDecimal.valueOf(30), BigDecimal.valueOf(60), seed);
    }

    private static void check(BigDecimal percent, String what) {
        if (percent == null || percent.signum() < 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new IllegalArgumentException(what + "应在 0% 到 100% 之间：" + percent);
        }
    }
}
