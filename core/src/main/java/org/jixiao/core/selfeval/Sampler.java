package org.jixiao.core.selfeval;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.jixiao.core.number.ChineseNumbers;
import org.jixiao.core.number.Decimals;

/**
 * Draws the smallest risk-ranked spot-check sample that meets both coverage floors (domain §11).
 *
 * <p>The size is fixed first: the larger of ⌈count floor × N⌉ and the fewest projects whose amounts (largest first)
 * reach the amount floor — no smaller sample can meet both floors. The projects are then taken in risk order; a
 * project is skipped only when taking it would make the amount floor unreachable with the slots left, in which case
 * the slots go to the large projects the floor needs. Each drawn project carries its reason.
 *
 * <p>Risk (0–100) = 40 × shortfall of execution (1 − min(B/A, 1)) + 20 × the self-score's height above 80 (0 at 80,
 * full at 100) + 20 × amount ÷ largest amount + 20 × review problems (an error counts 3, a warning 1; capped at 5).
 * Ties are broken by a hash of the seed and the project id, so the same seed always draws the same sample.
 */
public final class Sampler {
    private static final BigDecimal FORTY = BigDecimal.valueOf(40);
    private static final BigDecimal TWENTY = BigDecimal.valueOf(20);
    private static final BigDecimal EIGHTY = BigDecimal.valueOf(80);

    private Sampler() {}

    public static Sample draw(List<SampleCandidate> candidates, SamplingRule rule) {
        int n = candidates.size();
        BigDecimal totalAmount = BigDecimal.ZERO;
        BigDecimal maxAmount = BigDecimal.ZERO;
        for (SampleCandidate c : candidates) {
            totalAmount = totalAmount.add(c.amount());
            maxAmount = Decimals.max(maxAmount, c.amount());
        }
        if (n == 0) {
            return new Sample(rule, List.of(), 0, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);
        }
        BigDecimal amountFloor = totalAmount.multiply(rule.minAmountPercent()).divide(Decimals.HUNDRED);
        int countFloor = BigDecimal.valueOf(n).multiply(rule.minCountPercent()).divide(Decimals.HUNDRED)
                .setScale(0, RoundingMode.CEILING).intValueExact();

        BigDecimal[] risks = new BigDecimal[n];
        long[] tiebreak = new long[n];
        for (int i = 0; i < n; i++) {
            risks[i] = risk(candidates.get(i), maxAmount);
            tiebreak[i] = mix(rule.seed() ^ candidates.get(i).id().hashCode() * 0x9E3779B97F4A7C15L);
        }
        Integer[] byRisk = indexes(n);
        Arrays.sort(byRisk, Comparator.<Integer, BigDecimal>comparing(i -> risks[i]).reversed()
                .thenComparingLong(i -> tiebreak[i]).thenComparing(i -> candidates.get(i).id()));
        int[] riskRank = new int[n];
        for (int r = 0; r < n; r++) {
            riskRank[byRisk[r]] = r + 1;
        }
        Integer[] byAmount = indexes(n);
        Arrays.sort(byAmount, Comparator.<Integer, BigDecimal>comparing(i -> candidates.get(i).amount()).reversed()
                .thenComparingInt(i -> riskRank[i]));

        int amountNeeded = 0;
        BigDecimal running = BigDecimal.ZERO;
        while (running.compareTo(amountFloor) < 0 && amountNeeded < n) {
            running = running.add(candidates.get(byAmount[amountNeeded]).amount());
            amountNeeded++;
        }
        int size = Math.min(n, Math.max(countFloor, amountNeeded));

        // Reserve R = the largest-amount projects not yet drawn, as many as the slots left; potential = drawn + Σ R.
        boolean[] inReserve = new boolean[n];
        boolean[] taken = new boolean[n];
        BigDecimal reserveSum = BigDecimal.ZERO;
        for (int k = 0; k < size; k++) {
            inReserve[byAmount[k]] = true;
            reserveSum = reserveSum.add(candidates.get(byAmount[k]).amount());
        }
        int boundary = size; // reserve = untaken members of byAmount[0, boundary)
        BigDecimal drawnAmount = BigDecimal.ZERO;
        List<Sample.Drawn> drawn = new ArrayList<>(size);
        for (int r = 0; r < n && drawn.size() < size; r++) {
            int i = byRisk[r];
            SampleCandidate c = candidates.get(i);
            if (inReserve[i]) {
                inReserve[i] = false;
                reserveSum = reserveSum.subtract(c.amount());
            } else {
                int smallest = boundary - 1;
                while (smallest >= 0 && !inReserve[byAmount[smallest]]) {
                    smallest--;
                }
                BigDecimal smallestAmount = smallest >= 0 ? candidates.get(byAmount[smallest]).amount() : BigDecimal.ZERO;
                BigDecimal potential = drawnAmount.add(c.amount()).add(reserveSum).subtract(smallestAmount);
                if (potential.compareTo(amountFloor) < 0) {
                    continue;
                }
                if (smallest >= 0) {
                    inReserve[byAmount[smallest]] = false;
                    reserveSum = reserveSum.subtract(smallestAmount);
                    boundary = smallest;
                }
            }
            taken[i] = true;
            drawnAmount = drawnAmount.add(c.amount());
            boolean forAmount = riskRank[i] > size;
            drawn.add(new Sample.Drawn(drawn.size() + 1, c, riskRank[i], risks[i], forAmount, reason(c, riskRank[i], risks[i], forAmount, rule)));
        }
        BigDecimal countPercent = Decimals.percent(BigDecimal.valueOf(drawn.size()), BigDecimal.valueOf(n));
        BigDecimal amountPercent = totalAmount.signum() == 0 ? BigDecimal.ZERO : Decimals.percent(drawnAmount, totalAmount);
        return new Sample(rule, drawn, n, totalAmount, drawnAmount, countPercent, amountPercent);
    }

    /** The risk score of one project (0–100, 2 decimals); see the class comment. */
    public static BigDecimal risk(SampleCandidate c, BigDecimal maxAmount) {
        // an execution rate that could not be computed counts as the highest risk
        BigDecimal executed = c.executionRate() == null ? BigDecimal.ZERO
                : Decimals.min(Decimals.max(Decimals.fraction(c.executionRate()), BigDecimal.ZERO), BigDecimal.ONE);
        BigDecimal execution = FORTY.multiply(BigDecimal.ONE.subtract(executed));
        BigDecimal height = Decimals.min(Decimals.max(c.total().subtract(EIGHTY), BigDecimal.ZERO), TWENTY);
        BigDecimal amount = maxAmount.signum() == 0 ? BigDecimal.ZERO : Decimals.divide(TWENTY.multiply(c.amount()), maxAmount);
        BigDecimal problems = BigDecimal.valueOf(Math.min(5, 3 * c.errors() + c.warnings())).multiply(BigDecimal.valueOf(4));
        return Decimals.round2(execution.add(height).add(amount).add(problems));
    }

    private static String reason(SampleCandidate c, int rank, BigDecimal risk, boolean forAmount, SamplingRule rule) {
        List<String> factors = new ArrayList<>();
        if (c.executionRate() == null) {
            factors.add("执行率未能核对");
        } else if (c.executionRate().compareTo(BigDecimal.valueOf(60)) < 0) {
            factors.add("执行率 " + ChineseNumbers.percent(c.executionRate()) + " 低于 60%");
        }
        if (c.total().compareTo(BigDecimal.valueOf(90)) >= 0) {
            factors.add("自评得分 " + ChineseNumbers.plain(c.total()) + " 分偏高");
        }
        if (c.errors() > 0 || c.warnings() > 0) {
            factors.add("复核发现错误 " + c.errors() + " 项、警告 " + c.warnings() + " 项");
        }
        String head = forAmount
                ? "为满足金额覆盖率 ≥ " + ChineseNumbers.plainPercent(rule.minAmountPercent()) + " 按金额抽取（金额 "
                        + ChineseNumbers.plainAmount(c.amount()) + " 万元，风险排序第 " + rank + " 位）"
                : "风险排序第 " + rank + " 位（风险分 " + ChineseNumbers.plain(risk) + "）";
        return factors.isEmpty() ? head : head + "：" + String.join("，", factors);
    }

    private static Integer[] indexes(int n) {
        Integer[] result = new Integer[n];
        for (int i = 0; i < n; i++) {
            result[i] = i;
        }
        return result;
    }

    /** SplitMix64 finaliser: a well-spread, platform-independent hash. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
