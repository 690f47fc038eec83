package org.jixiao.core.selfeval;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SamplerTest {
    static List<SampleCandidate> population(int n, long seed) {
        java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
        List<SampleCandidate> list = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            BigDecimal amount = BigDecimal.valueOf(1 + random.nextInt(100000), 2);
            BigDecimal rate = BigDecimal.valueOf(random.nextInt(10001), 2);
            BigDecimal total = BigDecimal.valueOf(6000 + random.nextInt(4001), 2);
            list.add(new SampleCandidate("t" + i, "项目" + i, amount, rate, total, random.nextInt(3) == 0 ? 1 : 0, random.nextInt(3)));
        }
        return list;
    }

    /** 200 cases (population size, seed, both floors) drawn from one fixed seed, with the edges 0 % and 100 % among them. */
    static Stream<Arguments> cases() {
        Random random = new Random(20221);
        Stream<Arguments> edges = Stream.of(Arguments.of(1, 0L, 0, 0), Arguments.of(1, 1L, 100, 100), Arguments.of(300, 2L, 100, 0),
                Arguments.of(300, 3L, 0, 100));
        return Stream.concat(edges, Stream.generate(() -> Arguments.of(1 + random.nextInt(300), (long) random.nextInt(1001),
                random.nextInt(101), random.nextInt(101))).limit(196));
    }

    @ParameterizedTest(name = "{0} projects, seed {1}, {2}% / {3}%")
    @MethodSource("cases")
    void theSampleIsTheSmallestThatMeetsBothFloors(int n, long seed, int countPercent, int amountPercent) {
        List<SampleCandidate> all = population(n, seed);
        Sample sample = Sampler.draw(all, new SamplingRule(BigDecimal.valueOf(countPercent), BigDecimal.valueOf(amountPercent), seed));
        BigDecimal total = all.stream().map(SampleCandidate::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        int countFloor = BigDecimal.valueOf((long) n * countPercent).divide(BigDecimal.valueOf(100), 0, RoundingMode.CEILING).intValue();
        BigDecimal amountFloor = total.multiply(BigDecimal.valueOf(amountPercent)).divide(BigDecimal.valueOf(100));
        // both floors met
        assertThat(sample.drawn().size()).isGreaterThanOrEqualTo(countFloor);
        assertThat(sample.drawnAmount()).isGreaterThanOrEqualTo(amountFloor);
        // minimal: no smaller set reaches the amount floor (the largest k−1 amounts fall short) nor the count floor
        List<BigDecimal> amounts = all.stream().map(SampleCandidate::amount).sorted(Comparator.reverseOrder()).toList();
        int size = sample.drawn().size();
        if (size > countFloor && size > 0) {
            BigDecimal best = amounts.subList(0, size - 1).stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(best).isLessThan(amountFloor);
        }
        // no project twice
        assertThat(sample.drawn().stream().map(d -> d.candidate().id()).distinct().count()).isEqualTo(size);
        // deterministic
        Sample again = Sampler.draw(all, new SamplingRule(BigDecimal.valueOf(countPercent), BigDecimal.valueOf(amountPercent), seed));
        assertThat(again.drawn()).isEqualTo(sample.drawn());
    }

    @Test
    void riskDecidesWhenTheFloorsLeaveAChoice() {
        // ten equal projects; one with 1.94% execution and 90.19 points must be in a 30% sample
        List<SampleCandidate> all = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            all.add(new SampleCandidate("t" + i, "项目" + i, BigDecimal.TEN, BigDecimal.valueOf(95), BigDecimal.valueOf(85), 0, 0));
        }
        all.set(7, new SampleCandidate("t7", "党建经费", BigDecimal.TEN, new BigDecimal("1.94"), new BigDecimal("90.19"), 0, 1));
        Sample sample = Sampler.draw(all, new SamplingRule(BigDecimal.valueOf(30), BigDecimal.ZERO, 5));
        assertThat(sample.drawn()).hasSize(3);
        assertThat(sample.drawn().get(0).candidate().id()).isEqualTo("t7");
        assertThat(sample.drawn().get(0).reason()).contains("风险排序第 1 位").contains("执行率 1.94% 低于 60%").contains("自评得分 90.19 分偏高");
    }

    @Test
    void largeProjectsAreDrawnForTheAmountFloorWithThatReason() {
        List<SampleCandidate> all = new ArrayList<>();
        all.add(new SampleCandidate("big", "大项目", BigDecimal.valueOf(1000), BigDecimal.valueOf(99), BigDecimal.valueOf(81), 0, 0));
        for (int i = 0; i < 9; i++) {
            all.add(new SampleCandidate("s" + i, "小项目" + i, BigDecimal.ONE, BigDecimal.valueOf(10), BigDecimal.valueOf(95), 0, 0));
        }
        Sample sample = Sampler.draw(all, SamplingRule.standard(1));
        assertThat(sample.drawn()).hasSize(3);
        assertThat(sample.drawn()).anySatisfy(d -> {
            assertThat(d.candidate().id()).isEqualTo("big");
            assertThat(d.forAmount()).isTrue();
            assertThat(d.reason()).startsWith("为满足金额覆盖率 ≥ 60% 按金额抽取");
        });
    }
}
