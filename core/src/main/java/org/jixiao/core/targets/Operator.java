package org.jixiao.core.targets;

import java.util.Optional;

/** How a target value is compared with the actual value (年度指标值 “≥10 家”, “≤220万元”, “0 次”, “及时”). */
public enum Operator {
    AT_LEAST("≥"),
    AT_MOST("≤"),
    EQUAL("="),
    GREATER("＞"),
    LESS("＜"),
    QUALITATIVE("定性");

    private final String symbol;

    Operator(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }

    /** Accepts the symbols users type: ≥ >= ≤ <= = ＝ > ＞ < ＜ 定性. */
    public static Optional<Operator> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        return switch (text.strip()) {
            case "≥", ">=", "≧" -> Optional.of(AT_LEAST);
            case "≤", "<=", "≦" -> Optional.of(AT_MOST);
            case "=", "＝", "==" -> Optional.of(EQUAL);
            case ">", "＞" -> Optional.of(GREATER);
            case "<", "＜" -> Optional.of(LESS);
            case "定性" -> Optional.of(QUALITATIVE);
            default -> Optional.empty();
        };
    }

    public boolean isQuantitative() {
        return this != QUALITATIVE;
    }

    /** Higher is better: completion can be expressed as actual ÷ target. */
    public boolean isHigherBetter() {
        return this == AT_LEAST || this == GREATER;
    }
}
