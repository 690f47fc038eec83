package org.jixiao.formats.document;

import org.jixiao.core.review.Where;

import java.util.List;
import java.util.Objects;

/**
 * A paragraph of running text (a heading, a caption, a sentence). A reader that sees a paragraph broken over several
 * printed lines (PDF, text from PDF) joins them and keeps, in {@code pieces}, where each part starts, so that a quote
 * taken from the middle of the paragraph still names its own line or page.
 *
 * @param text         the text, whitespace inside it collapsed, markup removed
 * @param headingLevel 1, 2 … when the source marks the paragraph as a heading (Word outline level, HTML h1–h6,
 *                     Markdown #), 0 otherwise: most documents mark nothing, and numbering ("一、", "（二）") is read later
 * @param pieces       {offset in text, where that part was read}, the first at offset 0, offsets increasing
 */
public record TextBlock(String text, int headingLevel, List<Piece> pieces) implements Block {
    public TextBlock {
        Objects.requireNonNull(text, "text");
        pieces = List.copyOf(pieces);
        if (pieces.isEmpty() || pieces.get(0).offset() != 0) {
            throw new IllegalArgumentException("a text block needs a first piece at offset 0");
        }
    }

    public TextBlock(String text, Where where) {
        this(text, 0, List.of(new Piece(0, where)));
    }

    public record Piece(int offset, Where where) {}

    @Override
    public Where where() {
        return pieces.get(0).where();
    }

    /** Where the character at {@code offset} was read. */
    public Where whereAt(int offset) {
        Where where = pieces.get(0).where();
        for (Piece piece : pieces) {
            if (piece.offset() <= offset) {
                where = piece.where();
            } else {
                break;
            }
        }
        return where;
    }
}
