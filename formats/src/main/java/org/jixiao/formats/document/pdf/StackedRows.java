package org.jixiao.formats.document.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A drawn table whose rows are not separated by lines (an outer box and column lines only): the grid from the lines
 * has one tall row holding many printed rows, and a cell of it would hold a column of figures ("6.00", "5.50", …). Such
 * a row is cut at the baselines of its figures — the lines of the column with the most figures are the rows, every
 * other figure must stand on one of them — and the text of each cell goes to the row it is printed on. A line centred
 * over several rows (a 一级指标 name of a merged cell) spans those rows. Where the figures do not line up, or a figure
 * is only broken over two lines by a narrow cell, the row is left as drawn.
 */
final class StackedRows {
    private StackedRows() {}

    static Grid split(Grid grid) {
        if (grid.method != Grid.Method.LATTICE) {
            return grid;
        }
        int[] count = new int[grid.rows];
        List<List<double[]>> anchorsByRow = new ArrayList<>();
        boolean any = false;
        for (int r = 0; r < grid.rows; r++) {
            List<double[]> anchors = anchors(grid, r);
            anchorsByRow.add(anchors);
            count[r] = anchors == null ? 1 : anchors.size();
            any |= anchors != null;
        }
        if (!any) {
            return grid;
        }
        int[] start = new int[grid.rows + 1];
        for (int r = 0; r < grid.rows; r++) {
            start[r + 1] = start[r] + count[r];
        }
        List<Grid.Slot> slots = new ArrayList<>();
        for (Grid.Slot slot : grid.slots) {
            List<double[]> anchors = anchorsByRow.get(slot.row);
            if (anchors == null || slot.rowSpan > 1) {
                int span = start[slot.row + slot.rowSpan] - start[slot.row];
                Grid.Slot moved = new Grid.Slot(start[slot.row], slot.column, span, slot.columnSpan, slot.left, slot.top, slot.right, slot.bottom);
                moved.lines.addAll(slot.lines);
                slots.add(moved);
                continue;
            }
            slots.addAll(cut(slot, anchors, start[slot.row]));
        }
        slots.sort(Comparator.comparingInt((Grid.Slot s) -> s.row).thenComparingInt(s -> s.column));
        return new Grid(Grid.Method.LATTICE, grid.left, grid.top, grid.right, grid.bottom, start[grid.rows], grid.columns, slots);
    }

    /**
     * The slot's lines shared out over the printed rows. Fewer lines than rows, each centred over a run of rows that
     * together make up all the rows (a 一级指标 name centred over its 二级 rows, as Word prints a merged cell): each line
     * spans its run. Otherwise each line goes to the row nearest to it, and the other rows are blank.
     */
    private static List<Grid.Slot> cut(Grid.Slot slot, List<double[]> anchors, int firstRow) {
        int k = anchors.size();
        List<List<TextLine>> blocks = blocks(slot);
        List<Grid.Slot> result = new ArrayList<>();
        List<int[]> runs = blocks.size() < k ? centredRuns(blocks, anchors) : null;
        if (runs != null) {
            for (int i = 0; i < runs.size(); i++) {
                int[] run = runs.get(i);
                Grid.Slot part = new Grid.Slot(firstRow + run[0], slot.column, run[1] - run[0] + 1, slot.columnSpan, slot.left,
                        top(slot, anchors, run[0]), slot.right, bottom(slot, anchors, run[1]));
                part.lines.addAll(blocks.get(i));
                result.add(part);
            }
            return result;
        }
        List<List<TextLine>> byRow = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            byRow.add(new ArrayList<>());
        }
        for (List<TextLine> block : blocks) {
            byRow.get(nearest(centre(block), anchors)).addAll(block);
        }
        for (int i = 0; i < k; i++) {
            Grid.Slot part = new Grid.Slot(firstRow + i, slot.column, 1, slot.columnSpan, slot.left, top(slot, anchors, i), slot.right,
                    bottom(slot, anchors, i));
            part.lines.addAll(byRow.get(i));
            result.add(part);
        }
        return result;
    }

    /**
     * The slot's lines in blocks: a line that only carries on the text of a filled line before it (a wrapped name) is
     * in its block.
     */
    private static List<List<TextLine>> blocks(Grid.Slot slot) {
        double innerRight = PageLayout.innerRight(slot);
        List<List<TextLine>> blocks = new ArrayList<>();
        TextLine previous = null;
        for (TextLine line : slot.lines) {
            // a figure is a printed row of its own, never the rest of the line above
            boolean carriesOn = previous != null && !Chars.isNumberLike(line.text()) && !Chars.isNumberLike(previous.text())
                    && line.baseline() - previous.baseline() <= 1.6 * line.size()
                    && previous.right() + line.firstTokenWidth() > innerRight - 0.05 * line.size();
            if (carriesOn) {
                blocks.get(blocks.size() - 1).add(line);
            } else {
                blocks.add(new ArrayList<>(List.of(line)));
            }
            previous = line;
        }
        return blocks;
    }

    /** {first, last} printed row of each block, when every block is centred over its run and the runs cover all rows. */
    private static List<int[]> centredRuns(List<List<TextLine>> blocks, List<double[]> anchors) {
        int k = anchors.size();
        List<int[]> runs = new ArrayList<>();
        int start = 0;
        for (List<TextLine> block : blocks) {
            double middle = centre(block);
            double size = block.get(0).size();
            int end = -1;
            for (int e = start; e < k && end < 0; e++) {
                double centre = (centre(anchors.get(start)) + centre(anchors.get(e))) / 2;
                if (Math.abs(centre - middle) <= 0.35 * size) {
                    end = e;
                }
            }
            if (end < 0) {
                return null;
            }
            runs.add(new int[] {start, end});
            start = end + 1;
        }
        return start == k ? runs : null;
    }

    private static double centre(List<TextLine> block) {
        return (block.get(0).top() + block.get(block.size() - 1).bottom()) / 2;
    }

    private static double centre(double[] anchor) {
        return (anchor[0] + anchor[1]) / 2;
    }

    private static double top(Grid.Slot slot, List<double[]> anchors, int i) {
        return i == 0 ? slot.top : (anchors.get(i - 1)[1] + anchors.get(i)[0]) / 2;
    }

    private static double bottom(Grid.Slot slot, List<double[]> anchors, int i) {
        return i == anchors.size() - 1 ? slot.bottom : (anchors.get(i)[1] + anchors.get(i + 1)[0]) / 2;
    }

    /**
     * The printed rows of grid row {@code row} as {top, bottom, baseline} of the figures that define them, or null
     * when the row holds one printed row (or its figures do not line up).
     */
    private static List<double[]> anchors(Grid grid, int row) {
        Grid.Slot defining = null;
        for (Grid.Slot slot : grid.slots) {
            if (slot.row == row && slot.rowSpan == 1 && slot.lines.size() >= 2 && allFigures(slot.lines) && !wrapped(slot)
                    && (defining == null || slot.lines.size() > defining.lines.size())) {
                defining = slot;
            }
        }
        if (defining == null) {
            return null;
        }
        List<double[]> anchors = new ArrayList<>();
        for (TextLine line : defining.lines) {
            anchors.add(new double[] {line.top(), line.bottom(), line.baseline(), line.size()});
        }
        // every other figure in the row must stand on one of these baselines, and no other cell may hold more lines
        // of figures than there are rows
        for (Grid.Slot slot : grid.slots) {
            if (slot.row != row || slot.rowSpan != 1 || slot == defining) {
                continue;
            }
            for (TextLine line : slot.lines) {
                if (Chars.isNumberLike(line.text()) && !onAnchor(line, anchors)) {
                    return null;
                }
            }
        }
        return anchors;
    }

    /** A figure too wide for its cell, broken over lines ("3,000.0" and "0"): one figure, not a column of them. */
    private static boolean wrapped(Grid.Slot slot) {
        double innerRight = PageLayout.innerRight(slot);
        for (int i = 0; i < slot.lines.size() - 1; i++) {
            if (slot.lines.get(i).fillsAsOneWord(innerRight)) {
                return true;
            }
        }
        return false;
    }

    private static boolean allFigures(List<TextLine> lines) {
        for (TextLine line : lines) {
            if (!Chars.isNumberLike(line.text())) {
                return false;
            }
        }
        return true;
    }

    private static boolean onAnchor(TextLine line, List<double[]> anchors) {
        for (double[] anchor : anchors) {
            if (Math.abs(line.baseline() - anchor[2]) <= 0.3 * Math.min(line.size(), anchor[3])) {
                return true;
            }
        }
        return false;
    }

    private static int nearest(double y, List<double[]> anchors) {
        int best = 0;
        double distance = Double.MAX_VALUE;
        for (int i = 0; i < anchors.size(); i++) {
            double d = Math.abs(y - centre(anchors.get(i)));
            if (d < distance) {
                distance = d;
                best = i;
            }
        }
        return best;
    }
}
