package org.jixiao.core.targets;

import java.math.BigDecimal;
import java.util.Optional;

/** The evaluator's verdict on a qualitative target (完成 / 部分完成 / 未完成). */
public enum QualitativeResult {
    DONE("完成", BigDecimal.ONE),
    PARTLY_DONE("部分完成", new BigDecimal("0.5")),
    NOT_DONE("未完成", BigDecimal.ZERO);

    private final String label;
    /** Share of the points a proportional rule gives for this verdict. */
    private final BigDecimal fraction;

    QualitativeResult(String label, BigDecimal fraction) {
        this.label = label;
        this.fraction = fraction;
    }

    public String label() {
        return label;
    }

    public BigDecimal fraction() {
        return fraction;
    }

    public static Optional<QualitativeResult> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        for (QualitativeResult result : values()) {
            if (result.label.equals(text.strip())) {
                return Optional.of(result);
            }
        }
        return switch (text.strip()) {
            case "已完成", "达成", "是" -> Optional.of(DONE);
            case "部分达成" -> Optional.of(PARTLY_DONE);
            case "未达成", "否" -> Optional.of(NOT_DONE);
            default -> Optional.empty();
        };
    }
}
