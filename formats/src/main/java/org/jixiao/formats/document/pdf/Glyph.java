package org.jixiao.formats.document.pdf;

/**
 * One printed character (or ligature) in the page's reading frame: x to the right, y downwards, origin at the top left
 * of the page as it is read (a page whose text runs upwards is turned so that it reads left to right).
 *
 * @param text     the character(s) the glyph stands for
 * @param x        left edge
 * @param right    right edge (x + advance)
 * @param top      top of the glyph's em box
 * @param bottom   bottom of the glyph's em box
 * @param baseline the baseline
 * @param size     the font size as printed, in points
 */
record Glyph(String text, double x, double right, double top, double bottom, double baseline, double size) {
    double centerX() {
        return (x + right) / 2;
    }

    double centerY() {
        return (top + bottom) / 2;
    }

    double width() {
        return right - x;
    }

    /** A space character: it separates words but has no ink, so it takes no part in layout. */
    boolean isSpace() {
        return text.isBlank();
    }
}
