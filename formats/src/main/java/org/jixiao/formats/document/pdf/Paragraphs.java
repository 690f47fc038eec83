package org.jixiao.formats.document.pdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.jixiao.core.review.Where;
import org.jixiao.formats.document.TextBlock;
import org.jixiao.formats.document.Texts;

/**
 * The running text of the pages as paragraphs. Printed lines are joined while the text runs on: a line continues the
 * paragraph when the previous line was filled up to the right margin (the next word would not have fitted), it is not
 * indented (Chinese paragraphs start two characters in), it has the same size, and no blank space separates them. A
 * paragraph that runs on over a page break is joined too, keeping each line's own page. Headings ("一、…", "（二）…")
 * and captions ("表7：…") are their own paragraphs, since the line before them ends a sentence or stops short.
 */
final class Paragraphs {
    private static final Pattern HEADING = Pattern.compile(
            "^\\s*(?:[一二三四五六七八九十]+\\s*[、.．]|[（(]\\s*[一二三四五六七八九十\\d]+\\s*[)）]|\\d+(?:\\.\\d+)*\\s*[、.．](?!\\d)"
                    + "|[①-⑳]|第[一二三四五六七八九十\\d]+[部章节条]|(?:续表|附表|表|图)\\s*\\d+(?:[-－—.]\\d+)?\\s*[：:．.、\\s]).*");
    private static final String SENTENCE_END = "。；;：:！!？?";

    sealed interface Unit permits Table, Text {}

    /** A numbered heading ("一、", "（二）", "3.") or a caption ("表7：", "续表") starts the text. */
    static boolean startsHeadingOrCaption(String text) {
        return HEADING.matcher(text).matches();
    }

    record Table(Grid grid, int page) implements Unit {}

    /** A paragraph: its printed lines, each with its page and its line number on that page. */
    static final class Text implements Unit {
        private final List<TextLine> lines = new ArrayList<>();
        private final List<Integer> pages = new ArrayList<>();
        private final List<Integer> numbers = new ArrayList<>();
        private String text;

        void add(TextLine line, int page, int number) {
            lines.add(line);
            pages.add(page);
            numbers.add(number);
            text = null;
        }

        int firstPage() {
            return pages.get(0);
        }

        String text() {
            if (text == null) {
                build(null);
            }
            return text;
        }

        TextBlock block(int headingLevel) {
            List<TextBlock.Piece> pieces = new ArrayList<>();
            build(pieces);
            return new TextBlock(text, headingLevel, pieces);
        }

        private void build(List<TextBlock.Piece> pieces) {
            StringBuilder joined = new StringBuilder();
            for (int i = 0; i < lines.size(); i++) {
                String piece = Texts.normalize(lines.get(i).text());
                if (i > 0) {
                    joined.append(TextLine.joiner(joined.toString(), piece, false));
                }
                if (pieces != null) {
                    pieces.add(new TextBlock.Piece(joined.length(), new Where(pages.get(i), numbers.get(i), 0, 0, 0, 0)));
                }
                joined.append(piece);
            }
            text = joined.toString();
        }
    }

    private final List<PageLayout> pages;
    private final Map<Long, double[]> margins = new HashMap<>();
    private final double pitchRatio;
    private final double bodySize;

    Paragraphs(List<PageLayout> pages) {
        this.pages = pages;
        this.pitchRatio = pitchRatio(pages);
        this.bodySize = bodySize(pages);
    }

    List<Unit> units() {
        List<Unit> units = new ArrayList<>();
        Text current = null;
        TextLine previous = null;
        PageLayout previousPage = null;
        boolean lastWasText = false;
        for (PageLayout page : pages) {
            int number = 0;
            boolean firstOnPage = true;
            for (PageLayout.Item item : page.items) {
                if (item instanceof PageLayout.TableItem table) {
                    units.add(new Table(table.grid(), page.page.number()));
                    current = null;
                    lastWasText = false;
                } else if (item instanceof PageLayout.LineItem lineItem) {
                    TextLine line = lineItem.line();
                    number++;
                    boolean newPage = firstOnPage && previousPage != null && previousPage != page;
                    if (current != null && lastWasText && continues(previous, previousPage, line, page, newPage)) {
                        current.add(line, page.page.number(), number);
                    } else {
                        current = new Text();
                        current.add(line, page.page.number(), number);
                        units.add(current);
                    }
                    previous = line;
                    previousPage = page;
                    lastWasText = true;
                }
                firstOnPage = false;
            }
        }
        return units;
    }

    private boolean continues(TextLine previous, PageLayout previousPage, TextLine line, PageLayout page, boolean newPage) {
        double size = Math.max(previous.size(), line.size());
        if (Math.abs(previous.size() - line.size()) > 0.15 * size) {
            return false;
        }
        if (!newPage) {
            double gap = line.baseline() - previous.baseline();
            if (gap <= 0.5 * size || gap > Math.max(1.3 * pitchRatio * size, 1.25 * size)) {
                return false;
            }
        }
        double[] previousMargins = margins(previousPage);
        double[] lineMargins = margins(page);
        // the previous line stopped although the next word would have fitted: the paragraph ended there. A centred
        // line (a title over two lines) had the whole text width to fill.
        double next = line.firstTokenWidth();
        boolean wrapped = previous.right() + next > previousMargins[1] - 0.05 * size;
        double textCentre = (previousMargins[0] + previousMargins[1]) / 2;
        boolean centred = Math.abs((previous.x() + previous.right()) / 2 - textCentre) <= 0.5 * size
                && Math.abs((line.x() + line.right()) / 2 - textCentre) <= 0.5 * size;
        if (centred) {
            // a title set larger than the text runs on over its centred lines, wherever it was broken
            wrapped = previous.width() + next > previousMargins[1] - previousMargins[0] - 2 * size || size > 1.15 * bodySize;
        }
        if (!wrapped) {
            return false;
        }
        // an indented line starts a paragraph, unless both lines are centred
        if (line.x() > lineMargins[0] + 1.0 * line.size() && !centred) {
            return false;
        }
        String text = line.text();
        if (HEADING.matcher(text).matches()) {
            String before = previous.text().strip();
            if (!before.isEmpty() && SENTENCE_END.indexOf(before.charAt(before.length() - 1)) >= 0) {
                return false;
            }
        }
        return true;
    }

    /** {left, right} margin of the running text on pages of this page's width. */
    private double[] margins(PageLayout page) {
        long key = Math.round(page.page.width());
        return margins.computeIfAbsent(key, k -> computeMargins(k));
    }

    private double[] computeMargins(long width) {
        Map<Long, Integer> lefts = new HashMap<>();
        Map<Long, Integer> rights = new HashMap<>();
        Map<Long, Double> rightmost = new HashMap<>();
        double minLeft = Double.MAX_VALUE;
        double maxRight = -Double.MAX_VALUE;
        for (PageLayout page : pages) {
            if (Math.round(page.page.width()) != width) {
                continue;
            }
            for (PageLayout.Item item : page.items) {
                if (item instanceof PageLayout.LineItem lineItem) {
                    TextLine line = lineItem.line();
                    lefts.merge(Math.round(line.x()), 1, Integer::sum);
                    rights.merge(Math.round(line.right() / 2) * 2, 1, Integer::sum);
                    rightmost.merge(Math.round(line.right() / 2) * 2, line.right(), Math::max);
                    minLeft = Math.min(minLeft, line.x());
                    maxRight = Math.max(maxRight, line.right());
                }
            }
        }
        if (lefts.isEmpty()) {
            return new double[] {0, width};
        }
        double left = mode(lefts, minLeft);
        // the right margin: where most long lines end (justified text ends on it), not the one line that overhangs
        double right = maxRight;
        int best = 0;
        double half = left + 0.5 * (maxRight - left);
        for (Map.Entry<Long, Integer> entry : rights.entrySet()) {
            if (entry.getKey() >= half && (entry.getValue() > best || entry.getValue() == best && entry.getKey() > right)) {
                best = entry.getValue();
                right = entry.getKey();
            }
        }
        right = best < 2 ? maxRight : rightmost.get(Math.round(right));
        return new double[] {left, right};
    }

    private static double mode(Map<Long, Integer> counts, double otherwise) {
        long best = Math.round(otherwise);
        int bestCount = 0;
        for (Map.Entry<Long, Integer> entry : counts.entrySet()) {
            if (entry.getValue() > bestCount || entry.getValue() == bestCount && entry.getKey() < best) {
                best = entry.getKey();
                bestCount = entry.getValue();
            }
        }
        return best;
    }

    /** The size most running text is set in. */
    private static double bodySize(List<PageLayout> pages) {
        Map<Long, Integer> counts = new HashMap<>();
        for (PageLayout page : pages) {
            for (PageLayout.Item item : page.items) {
                if (item instanceof PageLayout.LineItem lineItem) {
                    counts.merge(Math.round(lineItem.line().size() * 2), lineItem.line().glyphs().size(), Integer::sum);
                }
            }
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(e -> e.getKey() / 2.0).orElse(12.0);
    }

    /** The usual distance between baselines of consecutive lines, relative to their size (1.0 … 2.0). */
    private static double pitchRatio(List<PageLayout> pages) {
        List<Double> ratios = new ArrayList<>();
        for (PageLayout page : pages) {
            TextLine previous = null;
            for (PageLayout.Item item : page.items) {
                if (item instanceof PageLayout.LineItem lineItem) {
                    TextLine line = lineItem.line();
                    if (previous != null && Math.abs(previous.size() - line.size()) < 0.5) {
                        double ratio = (line.baseline() - previous.baseline()) / line.size();
                        if (ratio >= 1.0 && ratio <= 2.5) {
                            ratios.add(ratio);
                        }
                    }
                    previous = line;
                } else {
                    previous = null;
                }
            }
        }
        if (ratios.isEmpty()) {
            return 1.5;
        }
        ratios.sort(null);
        return ratios.get(ratios.size() / 2);
    }
}
