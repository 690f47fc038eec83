package org.jixiao.formats.document.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One page laid out: its tables (drawn with lines, or aligned without) and its remaining lines of text, in reading
 * order from top to bottom.
 */
final class PageLayout {
    /** A table or a line of running text, at its top on the page. */
    sealed interface Item permits TableItem, LineItem {
        double top();
    }

    record TableItem(Grid grid) implements Item {
        @Override
        public double top() {
            return grid.top;
        }
    }

    record LineItem(TextLine line) implements Item {
        @Override
        public double top() {
            return line.top();
        }
    }

    final PageContent page;
    final List<Item> items;

    private PageLayout(PageContent page, List<Item> items) {
        this.page = page;
        this.items = items;
    }

    static PageLayout of(PageContent page, List<String> notes) {
        List<Glyph> free = new ArrayList<>();
        List<Grid> grids = new ArrayList<>();
        for (Grid grid : Lattice.find(page.rulings())) {
            grids.add(grid);
        }
        // each glyph goes to the smallest drawn table around it (a table drawn inside a cell is its own table)
        grids.sort(Comparator.comparingDouble(g -> (g.right - g.left) * (g.bottom - g.top)));
        for (Glyph glyph : page.glyphs()) {
            Grid.Slot slot = null;
            for (Grid grid : grids) {
                if (grid.contains(glyph.centerX(), glyph.centerY())) {
                    slot = slotAt(grid, glyph.centerX(), glyph.centerY());
                    if (slot != null) {
                        break;
                    }
                }
            }
            if (slot != null) {
                slot.glyphs.add(glyph);
            } else {
                free.add(glyph);
            }
        }
        List<Item> items = new ArrayList<>();
        for (Grid grid : grids) {
            int filled = 0;
            for (Grid.Slot slot : grid.slots) {
                slot.lines.addAll(TextLine.group(slot.glyphs));
                if (!slot.lines.isEmpty()) {
                    filled++;
                }
            }
            if (filled >= 2) {
                items.add(new TableItem(StackedRows.split(grid)));
            } else {
                // a box drawn around text, not a table: its text is running text
                grid.slots.forEach(slot -> free.addAll(slot.glyphs));
            }
        }
        List<TextLine> lines = TextLine.group(free);
        lines.sort(Comparator.comparingDouble(TextLine::top));
        double textWidth = textWidth(lines, page.width());
        List<double[]> charts = Charts.find(lines, textWidth);
        if (!charts.isEmpty()) {
            lines.removeIf(line -> {
                for (double[] band : charts) {
                    if (line.centerY() >= band[0] && line.centerY() <= band[1]) {
                        return true;
                    }
                }
                return false;
            });
            notes.add("第 " + page.number() + " 页有 " + charts.size() + " 个图表，图中的文字（坐标轴、图例）未作为正文读取");
        }
        List<Stream.Found> streams = Stream.find(lines, textWidth);
        int next = 0;
        for (Stream.Found found : streams) {
            for (int i = next; i < found.firstLine(); i++) {
                items.add(new LineItem(lines.get(i)));
            }
            items.add(new TableItem(found.grid()));
            next = found.lastLine() + 1;
        }
        for (int i = next; i < lines.size(); i++) {
            items.add(new LineItem(lines.get(i)));
        }
        items.sort(Comparator.comparingDouble(Item::top));
        return new PageLayout(page, items);
    }

    private static Grid.Slot slotAt(Grid grid, double x, double y) {
        for (Grid.Slot slot : grid.slots) {
            if (x >= slot.left && x <= slot.right && y >= slot.top && y <= slot.bottom) {
                return slot;
            }
        }
        return null;
    }

    /** The width the running text is set in: from the leftmost to the rightmost edge most lines reach. */
    static double textWidth(List<TextLine> lines, double pageWidth) {
        if (lines.isEmpty()) {
            return pageWidth;
        }
        double left = Double.MAX_VALUE;
        double right = -Double.MAX_VALUE;
        for (TextLine line : lines) {
            left = Math.min(left, line.x());
            right = Math.max(right, line.right());
        }
        return Math.max(right - left, pageWidth * 0.3);
    }

    /**
     * The text of a cell: its printed lines joined — without a space inside CJK text and inside a number broken by
     * a narrow cell, with a line break where the cell starts a new paragraph (the previous line stopped although the
     * next word would have fitted).
     *
     * @param innerRight how far right a line of this cell can reach
     */
    static String cellText(List<TextLine> lines, double innerRight) {
        StringBuilder text = new StringBuilder();
        TextLine previous = null;
        for (TextLine line : lines) {
            String piece = line.text();
            if (previous != null) {
                double size = Math.max(previous.size(), line.size());
                boolean fits = previous.right() + line.firstTokenWidth() <= innerRight - 0.05 * size;
                boolean apart = line.top() - previous.bottom() > 0.8 * size;
                // two figures one under the other are two figures, not one broken over two lines
                boolean figures = Chars.isNumberLike(previous.text()) && Chars.isNumberLike(piece)
                        && !previous.fillsAsOneWord(innerRight);
                if (fits || apart || figures) {
                    text.append('\n');
                } else {
                    text.append(TextLine.joiner(text.toString(), piece, previous.fillsAsOneWord(innerRight)));
                }
            }
            text.append(piece);
            previous = line;
        }
        return text.toString();
    }

    /** How far right the text of a drawn cell can reach: its right edge less the cell's inner margin. */
    static double innerRight(Grid.Slot slot) {
        if (slot.lines.isEmpty()) {
            return slot.right;
        }
        double margin = Double.MAX_VALUE;
        double size = 0;
        for (TextLine line : slot.lines) {
            margin = Math.min(margin, Math.min(line.x() - slot.left, slot.right - line.right()));
            size = Math.max(size, line.size());
        }
        margin = Math.max(0, Math.min(margin, Math.max(6, 0.8 * size)));
        return slot.right - margin;
    }

    /** How far right the text of a column of a borderless table reaches. */
    static double innerRight(Grid grid, Grid.Slot slot) {
        if (grid.method == Grid.Method.LATTICE) {
            return innerRight(slot);
        }
        double right = -Double.MAX_VALUE;
        for (Grid.Slot other : grid.slots) {
            if (other.column == slot.column && other.columnSpan == slot.columnSpan) {
                for (TextLine line : other.lines) {
                    right = Math.max(right, line.right());
                }
            }
        }
        return right;
    }
}
