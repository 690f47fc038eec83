package org.jixiao.core.review;

import java.util.Objects;

/**
 * Text quoted from a reviewed document, with the 1-based line (or paragraph) it starts on. Every figure recovered from
 * a document carries the quote it was read from, so that a finding can show the reader where to look.
 */
public record Quote(int line, String text) {
    public Quote {
        Objects.requireNonNull(text, "text");
    }

    /** The quote shortened for a one-line display. */
    public String shortText(int max) {
        String flat = text.replace('\t', ' ').strip();
        return flat.length() <= max ? flat : flat.substring(0, max) + "…";
    }
}
