package org.jixiao.core.scoring;

import static org.jixiao.core.scoring.Rules.n;
import static org.jixiao.core.scoring.Rules.pct;

import java.math.BigDecimal;
import java.util.Optional;

import org.jixiao.core.number.Decimals;

/**
 * 定性三档: the evaluator judges 达成 / 部分达成 / 未达成 and picks a score inside that level's band of the weight
 * (80–100%, 60–80%, 0–60%).
 */
public record QualitativeRule(Level level, BigDecimal score) implements ScoringRule {

    public enum Level {
        ACHIEVED("达成", new BigDecimal("0.8"), BigDecimal.ONE),
        PARTLY_ACHIEVED("部分达成", new BigDecimal("0.6"), new BigDecimal("0.8")),
        NOT_ACHIEVED("未达成", BigDecimal.ZERO, new BigDecimal("0.6"));

        private final String label;
        private final BigDecimal low;
        private final BigDecimal high;

        Level(String label, BigDecimal low, BigDecimal high) {
            this.label = label;
            this.low = low;
            this.high = high;
        }

        public String label() {
            return label;
        }

        public BigDecimal low() {
            return low;
        }

        public BigDecimal high() {
            return high;
        }

        public static Optional<Level> parse(String text) {
            for (Level level : values()) {
                if (level.label.equals(text)) {
                    return Optional.of(level);
                }
            }
            return Optional.empty();
        }

        /** Whether {@code score} lies in this level's band of {@code weight} (bounds inclusive). */
        public boolean admits(BigDecimal score, BigDecimal weight) {
            return score.compareTo(weight.multiply(low)) >= 0 && score.compareTo(weight.multiply(high)) <= 0;
        }
    }

    @Override
    public String kind() {
        return "qualitative";
    }

    @Override
    public String label() {
        return "定性评价";
    }

    @Override
    public RuleResult apply(BigDecimal weight, RuleContext context) {
        BigDecimal rounded = Rules.bounded(score, weight);
        return new RuleResult(rounded, "定性评价为“" + level.label + "”（该档得分为分值的" + pct(level.low) + "—" + pct(level.high)
                + "，即" + n(Decimals.round2(weight.multiply(level.low))) + "—" + n(Decimals.round2(weight.multiply(level.high)))
                + "分），评定得分" + n(rounded) + "分。");
    }
}
