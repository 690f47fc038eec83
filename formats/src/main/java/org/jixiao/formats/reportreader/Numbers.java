package org.jixiao.formats.reportreader;

import java.math.BigDecimal;

import org.jixiao.core.review.PrintedNumbers;

/** Numbers as reports print them, full-width forms included. */
final class Numbers {
    private Numbers() {}

    static BigDecimal parse(String text) {
        return text == null ? null : PrintedNumbers.parse(Grades.halfWidth(text.strip()));
    }
}
