package org.jixiao.core.grade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** 评价等级: 优 [90, 100], 良 [80, 90), 中 [60, 80), 差 [0, 60) — lower bounds inclusive (domain §4, Weihai line 600). */
class GradeSchemeTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "100,   优",
            "90,    优",
            "90.00, 优",
            "89.99, 良",
            "89.5,  良",
            "86.78, 良",   // Weihai 2022 total
            "80,    良",
            "79.99, 中",
            "60,    中",
            "59.99, 差",
            "0,     差",
    })
    void standardBandsHaveInclusiveLowerBounds(String total, String grade) {
        assertThat(GradeScheme.standard().gradeOf(new BigDecimal(total))).isEqualTo(grade);
    }

    @Test
    void standardSchemeListsItsBandsFromTheHighest() {
        GradeScheme scheme = GradeScheme.standard();

        assertThat(scheme.bands()).extracting(GradeBand::grade).containsExactly("优", "良", "中", "差");
        assertThat(scheme.bands()).extracting(GradeBand::min)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("90"), new BigDecimal("80"), new BigDecimal("60"), BigDecimal.ZERO);
        assertThat(scheme.upperBoundOf(scheme.bands().get(0))).isNull();
        assertThat(scheme.upperBoundOf(scheme.bands().get(1))).isEqualByComparingTo("90");
        assertThat(scheme.upperBoundOf(scheme.bands().get(3))).isEqualByComparingTo("60");
    }

    @Test
    void customBandsGivenInAnyOrderAreSortedAndApplied() {
        // A framework with five grades: 优秀 ≥ 95, 优 ≥ 85, 良 ≥ 75, 合格 ≥ 60, 不合格 below.
        GradeScheme scheme = GradeScheme.of(List.of(
                new GradeBand("合格", new BigDecimal("60")),
                new GradeBand("优秀", new BigDecimal("95")),
                new GradeBand("不合格", BigDecimal.ZERO),
                new GradeBand("良", new BigDecimal("75")),
                new GradeBand("优", new BigDecimal("85"))));

        assertThat(scheme.bands()).extracting(GradeBand::grade).containsExactly("优秀", "优", "良", "合格", "不合格");
        assertThat(scheme.gradeOf(new BigDecimal("95"))).isEqualTo("优秀");
        assertThat(scheme.gradeOf(new BigDecimal("94.99"))).isEqualTo("优");
        assertThat(scheme.gradeOf(new BigDecimal("86.78"))).isEqualTo("优");
        assertThat(scheme.gradeOf(new BigDecimal("84.99"))).isEqualTo("良");
        assertThat(scheme.gradeOf(new BigDecimal("75"))).isEqualTo("良");
        assertThat(scheme.gradeOf(new BigDecimal("60"))).isEqualTo("合格");
        assertThat(scheme.gradeOf(new BigDecimal("59.99"))).isEqualTo("不合格");
        assertThat(scheme.gradeOf(BigDecimal.ZERO)).isEqualTo("不合格");
    }

    @Test
    void aPassFailSchemeWithTwoBands() {
        GradeScheme scheme = GradeScheme.of(List.of(
                new GradeBand("达标", new BigDecimal("80")),
                new GradeBand("不达标", BigDecimal.ZERO)));

        assertThat(scheme.gradeOf(new BigDecimal("80.00"))).isEqualTo("达标");
        assertThat(scheme.gradeOf(new BigDecimal("79.99"))).isEqualTo("不达标");
    }

    @Test
    void anEmptySchemeIsRejected() {
        assertThatThrownBy(() -> GradeScheme.of(List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("至少需要一个档次");
    }

    @Test
    void twoBandsStartingAtTheSameScoreAreRejected() {
        assertThatThrownBy(() -> GradeScheme.of(List.of(
                new GradeBand("优", new BigDecimal("90")),
                new GradeBand("良", new BigDecimal("90.00")),
                new GradeBand("差", BigDecimal.ZERO))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("起点分数相同")
                .hasMessageContaining("90");
    }

    @Test
    void aSchemeThatLeavesLowTotalsWithoutAGradeIsRejected() {
        assertThatThrownBy(() -> GradeScheme.of(List.of(
                new GradeBand("优", new BigDecimal("90")),
                new GradeBand("良", new BigDecimal("80")),
                new GradeBand("中", new BigDecimal("60")))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("“中”")
                .hasMessageContaining("起点应为 0 分")
                .hasMessageContaining("低于 60 分");
    }

    @Test
    void aBandNeedsAGradeAndALowerBound() {
        assertThatThrownBy(() -> new GradeBand(null, BigDecimal.ZERO)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new GradeBand("优", null)).isInstanceOf(NullPointerException.class);
    }
}
