package org.jixiao.formats.document.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Glyphs that share a baseline, left to right, and the text they spell. Spaces are put where the file draws a space
 * or where the gap between two glyphs is wider than a space would be for their size — relative to the font size,
 * never a fixed distance, and wider around CJK characters, whose text has no spaces: "86.78" printed as five separate
 * glyphs reads "86.78".
 */
final class TextLine {
    private final List<Glyph> glyphs;
    private final double x;
    private final double right;
    private final double top;
    private final double bottom;
    private final double baseline;
    private final double size;
    private String text;

    TextLine(List<Glyph> glyphs) {
        List<Glyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble(Glyph::x));
        this.glyphs = List.copyOf(sorted);
        double minX = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double minTop = Double.MAX_VALUE;
        double maxBottom = -Double.MAX_VALUE;
        List<Double> baselines = new ArrayList<>();
        List<Double> sizes = new ArrayList<>();
        for (Glyph glyph : sorted) {
            if (glyph.isSpace()) {
                continue;
            }
            minX = Math.min(minX, glyph.x());
            maxX = Math.max(maxX, glyph.right());
            minTop = Math.min(minTop, glyph.top());
            maxBottom = Math.max(maxBottom, glyph.bottom());
            baselines.add(glyph.baseline());
            sizes.add(glyph.size());
        }
        if (baselines.isEmpty()) {
            throw new IllegalArgumentException("a line needs a visible glyph");
        }
        this.x = minX;
        this.right = maxX;
        this.top = minTop;
        this.bottom = maxBottom;
        this.baseline = median(baselines);
        this.size = median(sizes);
    }

    List<Glyph> glyphs() {
        return glyphs;
    }

    double x() {
        return x;
    }

    double right() {
        return right;
    }

    double top() {
        return top;
    }

    double bottom() {
        return bottom;
    }

    double baseline() {
        return baseline;
    }

    double size() {
        return size;
    }

    double width() {
        return right - x;
    }

    double centerY() {
        return (top + bottom) / 2;
    }

    String text() {
        if (text == null) {
            text = spell(glyphs);
        }
        return text;
    }

    /** The visible glyphs of this line, in order. */
    List<Glyph> visible() {
        List<Glyph> visible = new ArrayList<>(glyphs.size());
        for (Glyph glyph : glyphs) {
            if (!glyph.isSpace()) {
                visible.add(glyph);
            }
        }
        return visible;
    }

    /**
     * The width of what would have had to fit at the end of the previous line for this line not to start a new one:
     * the first CJK character, or the first word.
     */
    double firstTokenWidth() {
        List<Glyph> visible = visible();
        if (visible.isEmpty()) {
            return 0;
        }
        int end = 0;
        // opening punctuation never ends a line: it goes with what follows ("“高", "(含")
        while (end + 1 < visible.size() && Chars.isOpening(visible.get(end).text())) {
            end++;
        }
        if (!Chars.isWide(visible.get(end).text())) {
            // a word: up to the first gap or CJK character
            while (end + 1 < visible.size()) {
                Glyph next = visible.get(end + 1);
                boolean opening = Chars.isOpening(visible.get(end).text());
                if (!opening && (Chars.isWide(next.text()) && !Chars.isClosing(next.text())
                        || next.x() - visible.get(end).right() > 0.2 * next.size())) {
                    break;
                }
                end++;
            }
        }
        // closing punctuation never starts a line: it stays with what precedes ("缺”，", "100.00%")
        while (end + 1 < visible.size() && Chars.isClosing(visible.get(end + 1).text())) {
            end++;
        }
        return visible.get(end).right() - visible.get(0).x();
    }

    /** Pieces of the line separated by gaps of at least {@code gap} points (columns of a borderless table). */
    List<TextLine> split(double gap) {
        List<TextLine> pieces = new ArrayList<>();
        List<Glyph> current = new ArrayList<>();
        double lastRight = Double.NaN;
        for (Glyph glyph : glyphs) {
            if (glyph.isSpace()) {
                current.add(glyph);
                continue;
            }
            if (!Double.isNaN(lastRight) && glyph.x() - lastRight >= gap) {
                pieces.add(new TextLine(current));
                current = new ArrayList<>();
            }
            current.add(glyph);
            lastRight = Math.max(Double.isNaN(lastRight) ? glyph.right() : lastRight, glyph.right());
        }
        if (current.stream().anyMatch(g -> !g.isSpace())) {
            pieces.add(new TextLine(current));
        }
        return pieces;
    }

    /**
     * The text of glyphs already in reading order. A justified line spreads its CJK characters apart; that spread is
     * measured on the line (the usual gap between two CJK characters) and taken off every gap before it is compared
     * with a space.
     */
    static String spell(List<Glyph> glyphs) {
        double spread = spread(glyphs);
        StringBuilder text = new StringBuilder();
        Glyph previous = null;
        boolean space = false;
        for (Glyph glyph : glyphs) {
            if (glyph.isSpace()) {
                space = previous != null;
                continue;
            }
            if (previous != null) {
                double gap = glyph.x() - previous.right() - spread;
                if (space || gap > spaceGap(previous, glyph)) {
                    text.append(' ');
                }
            }
            text.append(glyph.text());
            previous = glyph;
            space = false;
        }
        return text.toString();
    }

    /** The median gap between neighbouring CJK characters of a line, 0 when it has few. */
    private static double spread(List<Glyph> glyphs) {
        List<Double> gaps = new ArrayList<>();
        Glyph previous = null;
        for (Glyph glyph : glyphs) {
            if (glyph.isSpace()) {
                previous = null;
                continue;
            }
            if (previous != null && Chars.isWide(previous.text()) && Chars.isWide(glyph.text())) {
                gaps.add(Math.max(0, glyph.x() - previous.right()));
            }
            previous = glyph;
        }
        return gaps.size() < 3 ? 0 : median(gaps);
    }

    /** Wider than this, the gap between two glyphs is a space. */
    private static double spaceGap(Glyph left, Glyph right) {
        double size = Math.min(left.size(), right.size());
        boolean wide = Chars.isWide(left.text()) || Chars.isWide(right.text());
        return (wide ? 0.5 : 0.2) * size;
    }

    /** The glyphs grouped into lines by baseline, top to bottom, each line left to right. */
    static List<TextLine> group(List<Glyph> glyphs) {
        List<Glyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble(Glyph::baseline).thenComparingDouble(Glyph::x));
        List<TextLine> lines = new ArrayList<>();
        List<Glyph> current = new ArrayList<>();
        double lineBaseline = 0;
        double lineSize = 0;
        boolean visible = false;
        for (Glyph glyph : sorted) {
            if (!current.isEmpty() && glyph.baseline() - lineBaseline > 0.3 * Math.min(lineSize, glyph.size())) {
                if (visible) {
                    lines.add(new TextLine(current));
                }
                current = new ArrayList<>();
                visible = false;
            }
            if (current.isEmpty()) {
                lineBaseline = glyph.baseline();
                lineSize = glyph.size();
            }
            current.add(glyph);
            visible |= !glyph.isSpace();
        }
        if (visible) {
            lines.add(new TextLine(current));
        }
        return lines;
    }

    /**
     * How two printed lines of one paragraph or cell join: nothing around CJK text, at punctuation ("70%" and "(含)"),
     * after a hyphen or a slash, or where a narrow cell broke a word or number that did not fit ({@code forced}:
     * "3,000.0" and "0"); a space between words, figures and operators ("÷" and "9,738.4"), since there Latin text
     * breaks only at a space, which the line end swallowed.
     */
    static String joiner(String before, String after, boolean forced) {
        if (before.isEmpty() || after.isEmpty() || forced) {
            return "";
        }
        int last = before.codePointBefore(before.length());
        int first = after.codePointAt(0);
        return (wordLike(last) || last == ')' || last == ']') && wordLike(first) ? " " : "";
    }

    private static boolean wordLike(int codePoint) {
        return !Chars.isWide(codePoint)
                && (Character.isLetterOrDigit(codePoint) || Character.getType(codePoint) == Character.MATH_SYMBOL);
    }

    /** Whether this line, the one before a break, is one word filling the width up to {@code innerRight}: a forced break. */
    boolean fillsAsOneWord(double innerRight) {
        return right >= innerRight - 0.6 * size && !text().strip().contains(" ");
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(null);
        return sorted.get(sorted.size() / 2);
    }

    @Override
    public String toString() {
        return String.format("%.1f..%.1f @%.1f [%s]", x, right, baseline, text());
    }
}
