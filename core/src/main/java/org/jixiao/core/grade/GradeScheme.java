package org.jixiao.core.grade;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Grade bands (评价等级). Lower bounds are inclusive, so with the default scheme 90 is 优 and 89.99 is 良
 * ("90分（含）—100分为优").
 */
public final class GradeScheme {
    private final List<GradeBand> bands;

    private GradeScheme(List<GradeBand> bands) {
        this.bands = bands;
    }

    /** 优 [90, 100], 良 [80, 90), 中 [60, 80), 差 [0, 60) — domain §4. */
    public static GradeScheme standard() {
        return of(List.of(
                new GradeBand("优", BigDecimal.valueOf(90)),
                new GradeBand("良", BigDecimal.valueOf(80)),
                new GradeBand("中", BigDecimal.valueOf(60)),
                new GradeBand("差", BigDecimal.ZERO)));
    }

    /**
     * @throws IllegalArgumentException when the bands are empty, repeat a lower bound, or leave totals near 0 without a grade
     */
    public static GradeScheme of(List<GradeBand> bands) {
        if (bands.isEmpty()) {
            throw new IllegalArgumentException("等级划分至少需要一个档次");
        }
        List<GradeBand> sorted = new ArrayList<>(bands);
        sorted.sort(Comparator.comparing(GradeBand::min).reversed());
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).min().compareTo(sorted.get(i - 1).min()) == 0) {
                throw new IllegalArgumentException("等级“" + sorted.get(i).grade() + "”与“" + sorted.get(i - 1).grade()
                        + "”的起点分数相同：" + sorted.get(i).min().toPlainString());
            }
        }
        if (sorted.get(sorted.size() - 1).min().signum() > 0) {
            throw new IllegalArgumentException("最低等级“" + sorted.get(sorted.size() - 1).grade()
                    + "”的起点应为 0 分，否则低于 " + sorted.get(sorted.size() - 1).min().toPlainString() + " 分的得分没有等级");
        }
        return new GradeScheme(List.copyOf(sorted));
    }

    /** The bands from the highest. */
    public List<GradeBand> bands() {
        return bands;
    }

    public String gradeOf(BigDecimal total) {
        for (GradeBand band : bands) {
            if (total.compareTo(band.min()) >= 0) {
                return band.grade();
            }
        }
        return bands.get(bands.size() - 1).grade();
    }

    /** Upper bound (exclusive) of a band, or null for the top band. */
    public BigDecimal upperBoundOf(GradeBand band) {
        int index = bands.indexOf(band);
        return index <= 0 ? null : bands.get(index - 1).min();
    }
}
