package org.jixiao.formats.document.pdf;

/**
 * How much a PDF may cost to read: a deadline and caps on what is kept, so that a huge or hostile file ends with a
 * message instead of exhausting the server.
 *
 * @param deadlineNanos     {@link System#nanoTime()} after which reading stops
 * @param seconds           the time allowed, for the message
 * @param maxGlyphs         glyphs kept over the whole document
 * @param maxRulingsPerPage lines kept per page; a page drawing more is a picture, not a table
 * @param maxContentBytes   decoded bytes of one page's content streams
 */
record Limits(long deadlineNanos, int seconds, long maxGlyphs, int maxRulingsPerPage, long maxContentBytes) {
    static final int SECONDS = 90;
    /** Pages of one document: a published report has a few dozen, a budget book a few hundred. */
    static final int MAX_PAGES = 2_000;

    static Limits standard() {
        return within(SECONDS);
    }

    static Limits within(int seconds) {
        return new Limits(System.nanoTime() + seconds * 1_000_000_000L, seconds, 3_000_000, 20_000, 64L * 1024 * 1024);
    }

    void check() {
        if (System.nanoTime() - deadlineNanos > 0) {
            throw new Exceeded(Exceeded.Kind.TIME);
        }
    }

    /** Reading went over a limit; unchecked so that it can leave PDFBox's callbacks. */
    static final class Exceeded extends RuntimeException {
        enum Kind { TIME, SIZE }

        final Kind kind;

        Exceeded(Kind kind) {
            super(kind.name(), null, false, false);
            this.kind = kind;
        }
    }
}
