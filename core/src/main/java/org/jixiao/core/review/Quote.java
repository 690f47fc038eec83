package org.jixiao.core.review;

import java.util.Objects;

/**
 * Text quoted from a reviewed document, with where it was read (page, line, paragraph or table cell). Every figure
 * recovered from a document carries the quote it was read from, so that a finding can show the reader where to look.
 */
public record Quote(Where where, String text) {
    public Quote {
        Objects.requireNonNull(where, "where");
        Objects.requireNonNull(text, "text");
    }

    public Quote(int line, String text) {
        this(Where.line(line), text);
    }

    /** The 1-based line in a text source, 0 when the source has no lines. */
    public int line() {
        return where.line();
    }

    /** The quote shortened for a one-line display. */
    public String shortText(int max) {
        String flat = text.replace('\t', ' ').strip();
        return flat.length() <= max ? flat : flat.substring(0, max) + "…";
    }
}
