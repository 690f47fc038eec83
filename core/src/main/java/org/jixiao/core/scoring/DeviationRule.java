package org.jixiao.core.scoring;

import static org.jixiao.core.scoring.Rules.n;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * 偏离度分档, two-sided: the distance |value − center| picks the band, so that over- and under-execution cost alike
 * (“执行率与100%的偏差在5个百分点以内得满分，5—10个百分点得60%，超过10个百分点不得分”). The narrowest band whose
 * {@code max} the distance does not exceed applies; beyond every band the score is 0.
 */
public record DeviationRule(Measure measure, BigDecimal center, List<Band> bands) implements ScoringRule {

    /** Distances up to {@code max} (inclusive) earn {@code award}. */
    public record Band(BigDecimal max, Award award) {
        public Band {
            Objects.requireNonNull(max, "max");
            Objects.requireNonNull(award, "award");
        }
    }

    public DeviationRule {
        Objects.requireNonNull(center, "center");
        if (bands == null || bands.isEmpty()) {
            throw new IllegalArgumentException("偏离度分档至少需要一个档次");
        }
        bands = bands.stream().sorted(Comparator.comparing(Band::max)).toList();
    }

    @Override
    public org.jixiao.core.ratio.RatioId ratioInput() {
        return measure.ratio();
    }

    @Override
    public String kind() {
        return "deviation";
    }

    @Override
    public String label() {
        return "偏离度分档计分";
    }

    @Override
    public RuleResult apply(BigDecimal weight, RuleContext context) {
        Measure.Resolved value = measure.resolve(context);
        BigDecimal distance = value.value().subtract(center).abs();
        String unit = Rules.differenceUnit(value.unit());
        String head = value.describe() + "，与" + n(center) + value.unit() + "相差" + n(distance) + unit;
        for (Band band : bands) {
            if (distance.compareTo(band.max()) <= 0) {
                BigDecimal score = band.award().points(weight);
                return new RuleResult(score, head + "，在" + n(band.max()) + unit + "以内，" + band.award().describe(weight) + "。");
            }
        }
        Band widest = bands.get(bands.size() - 1);
        return new RuleResult(BigDecimal.ZERO.setScale(2), head + "，超过" + n(widest.max()) + unit + "，不得分。");
    }
}
