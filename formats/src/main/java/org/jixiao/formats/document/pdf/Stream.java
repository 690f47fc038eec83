package org.jixiao.formats.document.pdf;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Tables printed without lines (after tabula-java's "stream" idea, written anew): a run of consecutive lines whose
 * text leaves the same vertical gaps free is a table; the gaps are its column boundaries. Rows come from the baselines
 * of the lines that carry figures (or, in a table without figures, of the lines with text in several columns); a line
 * with text in a name column only is the wrapped rest of the nearest row's cell, not a row of its own.
 *
 * <p>Conservative by design — a wrong table is worse than paragraphs: it needs at least three lines with text in two
 * or more columns, and a table of contents (titles with page numbers) is left as text.
 */
final class Stream {
    private Stream() {}

    /** A table found among the lines, and which of them it took. */
    record Found(Grid grid, int firstLine, int lastLine) {}

    /** Tables among {@code lines} (top to bottom, outside drawn tables), with the text width of the page. */
    static List<Found> find(List<TextLine> lines, double textWidth) {
        List<Found> found = new ArrayList<>();
        int index = 0;
        while (index < lines.size()) {
            int end = runEnd(lines, index, textWidth);
            if (end > index) {
                Found table = table(lines, index, end);
                if (table != null) {
                    found.add(table);
                    index = end + 1;
                    continue;
                }
            }
            index++;
        }
        return found;
    }

    private static double gap(TextLine line) {
        return Math.max(0.9 * line.size(), 6);
    }

    private static boolean multi(TextLine line) {
        return line.split(gap(line)).size() >= 2;
    }

    /** The last line of a run of table-like lines starting at {@code start}, or {@code start} when there is none. */
    private static int runEnd(List<TextLine> lines, int start, double textWidth) {
        if (!multi(lines.get(start))) {
            return start;
        }
        int last = start;
        int multiCount = 1;
        int i = start + 1;
        while (i < lines.size()) {
            TextLine line = lines.get(i);
            TextLine previous = lines.get(i - 1);
            if (line.top() - previous.bottom() > 2.0 * Math.max(line.size(), previous.size())) {
                break;
            }
            if (multi(line)) {
                last = i;
                multiCount++;
                i++;
                continue;
            }
            // a short single piece between table lines: the wrapped rest of a cell, or a merged name printed once
            if (line.width() < 0.5 * textWidth) {
                int next = i + 1;
                while (next < lines.size() && next <= i + 3 && !multi(lines.get(next)) && lines.get(next).width() < 0.5 * textWidth) {
                    next++;
                }
                if (next < lines.size() && next <= i + 3 && multi(lines.get(next))
                        && lines.get(next).top() - lines.get(next - 1).bottom() <= 2.0 * lines.get(next).size()) {
                    i = next;
                    continue;
                }
            }
            break;
        }
        return multiCount >= 3 ? last : start;
    }

    private static Found table(List<TextLine> all, int first, int last) {
        List<TextLine> lines = all.subList(first, last + 1);
        double size = medianSize(lines);
        double minGutter = 0.8 * size;
        double left = Double.MAX_VALUE;
        double right = -Double.MAX_VALUE;
        for (TextLine line : lines) {
            left = Math.min(left, line.x());
            right = Math.max(right, line.right());
        }
        // per line, the pieces of text it prints; a column boundary is a gap (almost) every line leaves free
        List<List<TextLine>> pieces = new ArrayList<>();
        int multiLines = 0;
        for (TextLine line : lines) {
            List<TextLine> split = line.split(minGutter);
            pieces.add(split);
            if (split.size() >= 2) {
                multiLines++;
            }
        }
        // a header cell spanning two columns may cross a gap; where every line leaves part of the gap free, the
        // boundary goes in that part
        int crossing = multiLines >= 6 ? multiLines / 6 : 0;
        List<double[]> gutters = gutters(pieces, left, right, minGutter, crossing);
        if (gutters.isEmpty()) {
            return null;
        }
        List<double[]> strict = crossing > 0 ? gutters(pieces, left, right, 1.0, 0) : gutters;
        double[] boundaries = new double[gutters.size() + 2];
        boundaries[0] = left;
        for (int g = 0; g < gutters.size(); g++) {
            double[] gutter = gutters.get(g);
            double[] within = null;
            for (double[] free : strict) {
                if (free[0] >= gutter[0] && free[1] <= gutter[1] && (within == null || free[1] - free[0] > within[1] - within[0])) {
                    within = free;
                }
            }
            double[] chosen = within != null ? within : gutter;
            boundaries[g + 1] = (chosen[0] + chosen[1]) / 2;
        }
        boundaries[boundaries.length - 1] = right;
        int columns = boundaries.length - 1;

        // fragments: a piece of a line in one column (or spanning several)
        List<List<Fragment>> fragmentsByLine = new ArrayList<>();
        int[] numeric = new int[columns];
        int[] filled = new int[columns];
        for (int l = 0; l < lines.size(); l++) {
            List<Fragment> fragments = new ArrayList<>();
            for (TextLine piece : pieces.get(l)) {
                int from = column(boundaries, piece.x() + 0.01);
                int to = column(boundaries, piece.right() - 0.01);
                Fragment fragment = new Fragment(l, from, to, piece);
                fragments.add(fragment);
                if (from == to) {
                    filled[from]++;
                    if (Chars.isNumberLike(piece.text())) {
                        numeric[from]++;
                    }
                }
            }
            fragmentsByLine.add(fragments);
        }
        boolean[] numericColumn = new boolean[columns];
        boolean anyNumeric = false;
        for (int c = 0; c < columns; c++) {
            numericColumn[c] = numeric[c] >= 2 && numeric[c] >= 0.6 * filled[c];
            anyNumeric |= numericColumn[c];
        }
        // rows: the lines that carry figures, and before the first of them the header lines with several columns
        List<Integer> anchors = new ArrayList<>();
        boolean figuresSeen = false;
        for (int l = 0; l < lines.size(); l++) {
            List<Fragment> fragments = fragmentsByLine.get(l);
            boolean figures = false;
            Set<Integer> used = new HashSet<>();
            for (Fragment fragment : fragments) {
                for (int c = fragment.from; c <= fragment.to; c++) {
                    used.add(c);
                }
                if (fragment.from == fragment.to && numericColumn[fragment.from] && Chars.isNumberLike(fragment.piece.text())) {
                    figures = true;
                }
            }
            if (anyNumeric ? figures || !figuresSeen && used.size() >= 2 : used.size() >= 2) {
                anchors.add(l);
            }
            figuresSeen |= figures;
        }
        if (anchors.size() < 2) {
            return null;
        }
        int rows = anchors.size();
        @SuppressWarnings("unchecked")
        List<Fragment>[][] cells = new List[rows][columns];
        int[] rowOfLine = new int[lines.size()];
        for (int l = 0; l < lines.size(); l++) {
            rowOfLine[l] = -1;
        }
        for (int r = 0; r < rows; r++) {
            rowOfLine[anchors.get(r)] = r;
        }
        double[] columnRight = new double[columns];
        for (List<Fragment> fragments : fragmentsByLine) {
            for (Fragment fragment : fragments) {
                columnRight[fragment.to] = Math.max(columnRight[fragment.to], fragment.piece.right());
            }
        }
        for (int l = 0; l < lines.size(); l++) {
            for (Fragment fragment : fragmentsByLine.get(l)) {
                int row = rowOfLine[l] >= 0 ? rowOfLine[l] : nearestRow(fragment, lines, anchors, cells, columnRight);
                List<Fragment> cell = cells[row][fragment.from];
                if (cell == null) {
                    cell = new ArrayList<>();
                    cells[row][fragment.from] = cell;
                }
                cell.add(fragment);
            }
        }
        // a table of contents: titles and ascending page numbers
        if (columns == 2 && numericColumn[1] && !numericColumn[0] && ascendingIntegers(cells, 1)) {
            return null;
        }
        int rowsWithSeveral = 0;
        for (int r = 0; r < rows; r++) {
            int count = 0;
            for (int c = 0; c < columns; c++) {
                if (cells[r][c] != null) {
                    count++;
                }
            }
            if (count >= 2) {
                rowsWithSeveral++;
            }
        }
        if (rowsWithSeveral < 2) {
            return null;
        }
        List<Grid.Slot> slots = new ArrayList<>();
        double[] rowTop = new double[rows];
        double[] rowBottom = new double[rows];
        for (int r = 0; r < rows; r++) {
            rowTop[r] = Double.MAX_VALUE;
            rowBottom[r] = -Double.MAX_VALUE;
            for (int c = 0; c < columns; c++) {
                if (cells[r][c] != null) {
                    for (Fragment fragment : cells[r][c]) {
                        rowTop[r] = Math.min(rowTop[r], fragment.piece.top());
                        rowBottom[r] = Math.max(rowBottom[r], fragment.piece.bottom());
                    }
                }
            }
        }
        for (int r = 0; r < rows; r++) {
            int c = 0;
            while (c < columns) {
                List<Fragment> cell = cells[r][c];
                int span = 1;
                if (cell != null) {
                    for (Fragment fragment : cell) {
                        span = Math.max(span, fragment.to - c + 1);
                    }
                    // a cell spans over empty columns only: the text of the next column is never swallowed
                    for (int k = 1; k < span; k++) {
                        if (cells[r][c + k] != null) {
                            span = k;
                            break;
                        }
                    }
                }
                Grid.Slot slot = new Grid.Slot(r, c, 1, span, boundaries[c], rowTop[r], boundaries[c + span], rowBottom[r]);
                if (cell != null) {
                    cell.sort((a, b) -> Double.compare(a.piece.baseline(), b.piece.baseline()));
                    for (Fragment fragment : cell) {
                        slot.lines.add(fragment.piece);
                    }
                }
                slots.add(slot);
                c += span;
            }
        }
        double top = lines.get(0).top();
        double bottom = lines.get(lines.size() - 1).bottom();
        Grid grid = new Grid(Grid.Method.STREAM, left, top, right, bottom, rows, columns, slots);
        return new Found(grid, first, last);
    }

    /** A text fragment of a line that is not a row of its own: the row whose line is nearest, above when it continues. */
    private static int nearestRow(Fragment fragment, List<TextLine> lines, List<Integer> anchors, List<Fragment>[][] cells,
                                  double[] columnRight) {
        double y = fragment.piece.centerY();
        int above = -1;
        for (int r = 0; r < anchors.size(); r++) {
            if (lines.get(anchors.get(r)).centerY() <= y) {
                above = r;
            }
        }
        int below = above + 1 < anchors.size() ? above + 1 : -1;
        if (above < 0) {
            return below;
        }
        if (below < 0) {
            return above;
        }
        double up = y - lines.get(anchors.get(above)).centerY();
        double down = lines.get(anchors.get(below)).centerY() - y;
        if (Math.abs(up - down) <= 0.15 * fragment.piece.size()) {
            List<Fragment> aboveCell = cells[above][fragment.from];
            if (aboveCell != null) {
                TextLine lastAbove = aboveCell.get(aboveCell.size() - 1).piece;
                boolean wrapped = lastAbove.right() + fragment.piece.firstTokenWidth() > columnRight[fragment.to] + 0.3 * lastAbove.size();
                return wrapped ? above : below;
            }
            return below;
        }
        return up < down ? above : below;
    }

    private static boolean ascendingIntegers(List<Fragment>[][] cells, int column) {
        int previous = Integer.MIN_VALUE;
        int count = 0;
        for (List<Fragment>[] row : cells) {
            List<Fragment> cell = row[column];
            if (cell == null) {
                continue;
            }
            String text = cell.get(0).piece.text().strip();
            if (!text.matches("\\d{1,4}")) {
                return false;
            }
            int value = Integer.parseInt(text);
            if (value < previous) {
                return false;
            }
            previous = value;
            count++;
        }
        return count >= 2;
    }

    private static int column(double[] boundaries, double x) {
        for (int c = 1; c < boundaries.length - 1; c++) {
            if (x < boundaries[c]) {
                return c - 1;
            }
        }
        return boundaries.length - 2;
    }

    /**
     * Gaps at least {@code minWidth} wide inside [left, right] that at most {@code crossing} lines print across, left to
     * right, as {from, to}.
     */
    private static List<double[]> gutters(List<List<TextLine>> pieces, double left, double right, double minWidth, int crossing) {
        List<double[]> events = new ArrayList<>(); // {x, +1/-1}
        for (List<TextLine> line : pieces) {
            for (TextLine piece : line) {
                events.add(new double[] {piece.x(), 1});
                events.add(new double[] {piece.right(), -1});
            }
        }
        events.sort((a, b) -> a[0] != b[0] ? Double.compare(a[0], b[0]) : Double.compare(a[1], b[1]));
        List<double[]> gutters = new ArrayList<>();
        int depth = 0;
        double openAt = Double.NaN;
        for (double[] event : events) {
            int before = depth;
            depth += (int) event[1];
            if (before > crossing && depth <= crossing) {
                openAt = event[0];
            } else if (before <= crossing && depth > crossing && !Double.isNaN(openAt)) {
                if (event[0] - openAt >= minWidth && openAt > left && event[0] < right) {
                    gutters.add(new double[] {openAt, event[0]});
                }
                openAt = Double.NaN;
            }
        }
        return gutters;
    }

    private static double medianSize(List<TextLine> lines) {
        List<Double> sizes = new ArrayList<>();
        lines.forEach(line -> sizes.add(line.size()));
        sizes.sort(null);
        return sizes.get(sizes.size() / 2);
    }

    private record Fragment(int line, int from, int to, TextLine piece) {}
}
