package org.jixiao.core.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;

import org.jixiao.core.number.ChineseNumbers;
import org.jixiao.core.number.Decimals;

/**
 * 排名分档: “全市考核排名前3名的得满分，第4—6名得80%，其余不得分”, or by position in the field (“排名前30%的得满分”,
 * rank ÷ count). The first band (best first) that admits the rank applies; after every band the score is 0.
 *
 * @param count how many were ranked; needed for bands by percentage
 */
public record RankRule(String label, int rank, Integer count, List<Band> bands) implements ScoringRule {

    /** Ranks up to {@code maxRank}, or within the top {@code topPercent} %, earn {@code award}. */
    public record Band(Integer maxRank, BigDecimal topPercent, Award award) {
        public Band {
            if ((maxRank == null) == (topPercent == null)) {
                throw new IllegalArgumentException("each rank band gives max_rank or top_percent");
            }
            Objects.requireNonNull(award, "award");
        }
    }

    public RankRule {
        label = label == null || label.isBlank() ? "排名" : label.strip();
        bands = List.copyOf(bands);
        if (rank < 1) {
            throw new IllegalArgumentException("名次应为正整数");
        }
        if (bands.isEmpty()) {
            throw new IllegalArgumentException("排名分档至少需要一个档次");
        }
        if (count != null && rank > count) {
            throw new IllegalArgumentException("名次 " + rank + " 超过参加排名的总数 " + count);
        }
        if (count == null && bands.stream().anyMatch(b -> b.topPercent() != null)) {
            throw new IllegalArgumentException("按前百分之几分档需要参加排名的总数 count");
        }
    }

    @Override
    public String kind() {
        return "rank";
    }

    @Override
    public String label() {
        return "排名分档计分";
    }

    @Override
    public RuleResult apply(BigDecimal weight, RuleContext context) {
        String head = label + "第" + rank + "名" + (count == null ? "" : "（共" + count + "个）");
        BigDecimal position = count == null ? null
                : BigDecimal.valueOf(rank).multiply(Decimals.HUNDRED).divide(BigDecimal.valueOf(count), Decimals.QUOTIENT_SCALE, RoundingMode.HALF_UP);
        int previous = 0;
        for (Band band : bands) {
            boolean in = band.maxRank() != null ? rank <= band.maxRank() : position.compareTo(band.topPercent()) <= 0;
            if (in) {
                String where = band.maxRank() == null ? "前" + ChineseNumbers.plain(band.topPercent()) + "%"
                        : previous == 0 || previous + 1 == band.maxRank() ? (previous == 0 ? "前" + band.maxRank() + "名" : "第" + band.maxRank() + "名")
                        : "第" + (previous + 1) + "—" + band.maxRank() + "名";
                return new RuleResult(band.award().points(weight), head + "，位于" + where + "，" + band.award().describe(weight) + "。");
            }
            if (band.maxRank() != null) {
                previous = band.maxRank();
            }
        }
        return new RuleResult(BigDecimal.ZERO.setScale(2), head + "，未进入得分名次，不得分。");
    }
}
