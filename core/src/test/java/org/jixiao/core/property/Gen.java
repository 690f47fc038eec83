package org.jixiao.core.property;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/**
 * Random values for the property tests, from one seed, so that every run checks the same cases and a failing case is
 * named by its seed (the test's parameter): run that seed alone to see it again.
 */
final class Gen {
    private final Random random;

    Gen(long seed) {
        // the seed mixed first: java.util.Random's first values from neighbouring seeds are alike
        this.random = new Random(new java.util.SplittableRandom(seed).nextLong());
    }

    /** The seeds 1..count, as the arguments of a parameterised test. */
    static Stream<Long> seeds(int count) {
        return LongStream.rangeClosed(1, count).boxed();
    }

    int between(int min, int max) {
        return min + random.nextInt(max - min + 1);
    }

    long between(long min, long max) {
        return min + (long) Math.floor(random.nextDouble() * (max - min + 1));
    }

    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    @SafeVarargs
    final <T> T pick(T... values) {
        return values[random.nextInt(values.length)];
    }

    <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    /** One of the suppliers, chosen with equal odds, asked for its value. */
    @SafeVarargs
    final <T> T oneOf(Supplier<? extends T>... choices) {
        return choices[random.nextInt(choices.length)].get();
    }

    /** A decimal in [min, max] with exactly {@code scale} decimals, every such value equally likely. */
    BigDecimal decimal(BigDecimal min, BigDecimal max, int scale) {
        BigInteger low = min.setScale(scale, java.math.RoundingMode.CEILING).unscaledValue();
        BigInteger high = max.setScale(scale, java.math.RoundingMode.FLOOR).unscaledValue();
        BigInteger span = high.subtract(low).add(BigInteger.ONE);
        BigInteger offset;
        do {
            offset = new BigInteger(span.bitLength(), random);
        } while (offset.compareTo(span) >= 0);
        return new BigDecimal(low.add(offset), scale);
    }

    BigDecimal decimal(String min, String max, int scale) {
        return decimal(new BigDecimal(min), new BigDecimal(max), scale);
    }

    <T> List<T> list(int min, int max, Supplier<T> element) {
        int size = between(min, max);
        List<T> list = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            list.add(element.get());
        }
        return list;
    }
}
