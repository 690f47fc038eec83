package org.jixiao.core.scoring;

import static org.jixiao.core.scoring.Rules.n;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import org.jixiao.core.number.ChineseNumbers;
import org.jixiao.core.number.Decimals;

/**
 * 等级折算取平均: each project of a sampled set gets a grade, the grade maps to a share of the weight (优/良/中/差 →
 * 100/75/50/0%, 优秀/良好/一般 → 1, 2/3, 1/3), and the indicator earns weight × the average share. Shares are kept as
 * fractions so that 2/3 averages exactly; only the score is rounded (half-up, 2 decimals).
 */
public record GradeAverageRule(List<Grade> scale, List<Graded> items) implements ScoringRule {

    /** A grade's share of the weight, numerator ÷ denominator. */
    public record Grade(String name, BigDecimal numerator, BigDecimal denominator) {
        public Grade {
            Objects.requireNonNull(name, "name");
            if (denominator == null || denominator.signum() <= 0 || numerator == null || numerator.signum() < 0
                    || numerator.compareTo(denominator) > 0) {
                throw new IllegalArgumentException("等级“" + name + "”的折算比例应在 0 到 1 之间");
            }
        }

        public static Grade of(String name, String fraction) {
            int slash = fraction.indexOf('/');
            return slash < 0 ? new Grade(name, new BigDecimal(fraction), BigDecimal.ONE)
                    : new Grade(name, new BigDecimal(fraction.substring(0, slash).strip()), new BigDecimal(fraction.substring(slash + 1).strip()));
        }

        String percent() {
            return ChineseNumbers.plainPercent(Decimals.round2(numerator.multiply(Decimals.HUNDRED).divide(denominator, Decimals.QUOTIENT_SCALE,
                    RoundingMode.HALF_UP)));
        }
    }

    /** One sampled project (or unit) and its grade. */
    public record Graded(String name, String grade) {
        public Graded {
            Objects.requireNonNull(grade, "grade");
            name = name == null ? "" : name.strip();
        }
    }

    /** 优/良/中/差 → 100/75/50/0%. */
    public static final List<Grade> FOUR_GRADES = List.of(Grade.of("优", "1"), Grade.of("良", "0.75"), Grade.of("中", "0.5"), Grade.of("差", "0"));

    /** 优秀/良好/一般/较差 → 1, 2/3, 1/3, 0. */
    public static final List<Grade> THREE_GRADES = List.of(Grade.of("优秀", "1"), Grade.of("良好", "2/3"), Grade.of("一般", "1/3"),
            Grade.of("较差", "0"));

    public GradeAverageRule {
        scale = List.copyOf(scale);
        items = List.copyOf(items);
        if (items.isEmpty()) {
            throw new IllegalArgumentException("等级折算至少需要一个评定对象");
        }
        for (Graded item : items) {
            if (find(scale, item.grade()).isEmpty()) {
                throw new IllegalArgumentException("等级“" + item.grade() + "”不在折算表中（"
                        + scale.stream().map(Grade::name).collect(Collectors.joining("、")) + "）");
            }
        }
    }

    private static Optional<Grade> find(List<Grade> scale, String name) {
        return scale.stream().filter(g -> g.name().equals(name.strip())).findFirst();
    }

    @Override
    public String kind() {
        return "grade_average";
    }

    @Override
    public String label() {
        return "等级折算计分";
    }

    @Override
    public RuleResult apply(BigDecimal weight, RuleContext context) {
        // exact sum of fractions: Σ a/b kept as one numerator over one denominator
        BigDecimal numerator = BigDecimal.ZERO;
        BigDecimal denominator = BigDecimal.ONE;
        List<String> listed = new ArrayList<>();
        for (Graded item : items) {
            Grade grade = find(scale, item.grade()).orElseThrow();
            numerator = numerator.multiply(grade.denominator()).add(grade.numerator().multiply(denominator));
            denominator = denominator.multiply(grade.denominator());
            listed.add((item.name().isEmpty() ? "" : item.name()) + "“" + grade.name() + "”（" + grade.percent() + "）");
        }
        BigDecimal count = BigDecimal.valueOf(items.size());
        BigDecimal score = Rules.bounded(weight.multiply(numerator).divide(denominator.multiply(count), 2, RoundingMode.HALF_UP), weight);
        BigDecimal averagePercent = Decimals.round2(numerator.multiply(Decimals.HUNDRED).divide(denominator.multiply(count),
                Decimals.QUOTIENT_SCALE, RoundingMode.HALF_UP));
        return new RuleResult(score, "评定" + items.size() + "个：" + String.join("、", listed) + "；平均得分比例"
                + ChineseNumbers.plainPercent(averagePercent) + "，得分 = " + n(weight) + " × " + ChineseNumbers.plainPercent(averagePercent)
                + " = " + n(score) + "分。");
    }
}
