package org.jixiao.formats.document.pdf;

import java.util.List;

/**
 * What one page holds, in its reading frame.
 *
 * @param number        1-based page number
 * @param width         width of the page as read
 * @param height        height of the page as read
 * @param glyphs        the visible and invisible characters (spaces included)
 * @param rulings       the horizontal and vertical lines
 * @param drawnGlyphs   how many glyphs the content stream drew, including those without a Unicode mapping (which are
 *                      not in {@code glyphs})
 * @param invisibleGlyphs how many of {@code glyphs} are drawn invisible (text render mode 3: an OCR layer over a scan)
 * @param imageArea     the share of the page covered by images, 0 … 1 (overlaps counted twice, capped at 1)
 */
record PageContent(int number, double width, double height, List<Glyph> glyphs, List<Ruling> rulings, int drawnGlyphs,
                   int invisibleGlyphs, double imageArea) {
}
