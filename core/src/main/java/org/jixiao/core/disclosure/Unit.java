package org.jixiao.core.disclosure;

import java.math.BigDecimal;

/** The money unit of a table or a sentence, as printed (单位：万元 / 单位：元). */
public enum Unit {
    YUAN("元", BigDecimal.ONE),
    WAN_YUAN("万元", BigDecimal.valueOf(10_000));

    private final String label;
    private final BigDecimal inYuan;

    Unit(String label, BigDecimal inYuan) {
        this.label = label;
        this.inYuan = inYuan;
    }

    public String label() {
        return label;
    }

    /** How many 元 one of this unit is (1 or 10,000). */
    public BigDecimal inYuan() {
        return inYuan;
    }

    /** The unit a label names (元, 万元), or null. */
    public static Unit of(String label) {
        if (label == null) {
            return null;
        }
        return switch (label.strip()) {
            case "元" -> YUAN;
            case "万元" -> WAN_YUAN;
            default -> null;
        };
    }
}
