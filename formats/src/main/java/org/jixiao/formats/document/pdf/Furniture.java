package org.jixiao.formats.document.pdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Running page headers and footers: page numbers ("- 3 -", "第 3 页", "3/10", "第3页 共10页") and text repeated at the
 * top or bottom of many pages (the report's title in the header). Only lines of running text in the top or bottom
 * band of a page, before the first or after the last table on it, are considered; a caption ("续表", "表 3") is never
 * furniture.
 */
final class Furniture {
    static final Pattern PAGE_NUMBER = Pattern.compile(
            "^[-—–－~·•\\s]*(?:第\\s*)?(?:\\d{1,4}|[ivxlcIVXLC]{1,6})(?:\\s*页)?(?:\\s*[/／]\\s*\\d{1,4})?"
                    + "(?:\\s*[,，]?\\s*共\\s*\\d{1,4}\\s*页)?[-—–－~·•\\s]*$"
                    + "|^(?:page|Page|PAGE)\\s*\\d{1,4}(?:\\s*(?:of|/)\\s*\\d{1,4})?$");
    private static final Pattern CAPTION = Pattern.compile("^\\s*(?:续表|附表|表|图)\\s*[\\d一二三四五六七八九十]*.*");
    /**
     * Lines that mean something on every page they are repeated on: a table's unit ("编制单位：… 单位：万元") changes every
     * figure under it, and a disclosure's table tag ("公开01表") names the table.
     */
    private static final Pattern MEANINGFUL = Pattern.compile(".*单位\\s*[：:].*|^\\s*公开\\s*\\d+\\s*表\\s*$");
    /** Share of the page height at the top and at the bottom where headers and footers are printed. */
    private static final double BAND = 0.12;
    /** At most this many lines at the top and at the bottom of a page are looked at. */
    private static final int EDGE_LINES = 3;

    private Furniture() {}

    static void remove(List<PageLayout> pages) {
        Map<String, Set<Integer>> top = new HashMap<>();
        Map<String, Set<Integer>> bottom = new HashMap<>();
        for (PageLayout page : pages) {
            for (TextLine line : edge(page, true)) {
                top.computeIfAbsent(key(line), k -> new HashSet<>()).add(page.page.number());
            }
            for (TextLine line : edge(page, false)) {
                bottom.computeIfAbsent(key(line), k -> new HashSet<>()).add(page.page.number());
            }
        }
        int repeated = Math.max(2, (int) Math.ceil(0.3 * pages.size()));
        for (PageLayout page : pages) {
            Set<TextLine> drop = new HashSet<>();
            for (TextLine line : edge(page, true)) {
                if (furniture(line, top, repeated, pages.size())) {
                    drop.add(line);
                }
            }
            for (TextLine line : edge(page, false)) {
                if (furniture(line, bottom, repeated, pages.size())) {
                    drop.add(line);
                }
            }
            page.items.removeIf(item -> item instanceof PageLayout.LineItem lineItem && drop.contains(lineItem.line()));
        }
    }

    private static boolean furniture(TextLine line, Map<String, Set<Integer>> seen, int repeated, int pageCount) {
        String text = line.text().strip();
        if (CAPTION.matcher(text).matches() || MEANINGFUL.matcher(text).matches()) {
            return false;
        }
        if (PAGE_NUMBER.matcher(text).matches()) {
            return true;
        }
        return pageCount >= 2 && seen.getOrDefault(key(line), Set.of()).size() >= repeated;
    }

    /** The text lines at the top (or bottom) edge of a page: in the band, before (after) any table. */
    private static List<TextLine> edge(PageLayout page, boolean top) {
        List<TextLine> lines = new ArrayList<>();
        List<PageLayout.Item> items = page.items;
        double height = page.page.height();
        for (int k = 0; k < items.size() && lines.size() < EDGE_LINES; k++) {
            PageLayout.Item item = items.get(top ? k : items.size() - 1 - k);
            if (!(item instanceof PageLayout.LineItem lineItem)) {
                break;
            }
            TextLine line = lineItem.line();
            boolean inBand = top ? line.bottom() <= BAND * height : line.top() >= (1 - BAND) * height;
            if (!inBand) {
                break;
            }
            lines.add(line);
        }
        return lines;
    }

    /** The line's text with its digits and spaces taken out: the same header on every page, whatever its page number. */
    private static String key(TextLine line) {
        return line.text().replaceAll("[\\d\\s]+", "#");
    }
}
