package org.jixiao.formats.reportreader;

import org.jixiao.core.review.Quote;
import org.jixiao.formats.document.TextBlock;

/**
 * A paragraph of a report as the review reads it: the text with full-width digits made half-width (character for
 * character, so offsets still point into the block), and where each part of it was read.
 */
record Paragraph(String text, TextBlock block) {
    static Paragraph of(TextBlock block) {
        return new Paragraph(Grades.halfWidth(block.text()), block);
    }

    Quote quoteAt(int offset, String quoted) {
        return new Quote(block.whereAt(offset), quoted.strip());
    }
}
