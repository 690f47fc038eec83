package org.jixiao.formats.document.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Tables drawn with ruling lines (after tabula-java's "lattice" idea, written anew on our own model): the lines are
 * joined where they continue each other, lines that touch form a table, the distinct positions of its vertical and
 * horizontal lines form the grid, and a cell spans several grid positions where an inner line is missing — a 一级指标
 * name merged over nine rows has no horizontal line across it.
 */
final class Lattice {
    /** Lines closer than this (points) are the same line; a line ending this close to another touches it. */
    static final double TOLERANCE = 2.0;

    private Lattice() {}

    static List<Grid> find(List<Ruling> rulings) {
        List<Ruling> horizontal = merge(rulings, true);
        List<Ruling> vertical = merge(rulings, false);
        int h = horizontal.size();
        int[] parent = new int[h + vertical.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        for (int i = 0; i < h; i++) {
            Ruling across = horizontal.get(i);
            for (int j = 0; j < vertical.size(); j++) {
                Ruling down = vertical.get(j);
                if (down.position() >= across.start() - TOLERANCE && down.position() <= across.end() + TOLERANCE
                        && across.position() >= down.start() - TOLERANCE && across.position() <= down.end() + TOLERANCE) {
                    union(parent, i, h + j);
                }
            }
        }
        List<List<Ruling>> acrossByComponent = new ArrayList<>();
        List<List<Ruling>> downByComponent = new ArrayList<>();
        int[] componentOf = new int[parent.length];
        java.util.Arrays.fill(componentOf, -1);
        for (int i = 0; i < parent.length; i++) {
            int root = find(parent, i);
            if (componentOf[root] < 0) {
                componentOf[root] = acrossByComponent.size();
                acrossByComponent.add(new ArrayList<>());
                downByComponent.add(new ArrayList<>());
            }
            int component = componentOf[root];
            if (i < h) {
                acrossByComponent.get(component).add(horizontal.get(i));
            } else {
                downByComponent.get(component).add(vertical.get(i - h));
            }
        }
        List<Grid> grids = new ArrayList<>();
        for (int c = 0; c < acrossByComponent.size(); c++) {
            if (acrossByComponent.get(c).size() >= 2 && downByComponent.get(c).size() >= 2) {
                Grid grid = grid(acrossByComponent.get(c), downByComponent.get(c));
                if (grid != null) {
                    grids.add(grid);
                }
            }
        }
        grids.sort(Comparator.comparingDouble(g -> g.top));
        return grids;
    }

    /** The table drawn by one group of touching lines, or null when it is a box or a rule, not a table. */
    private static Grid grid(List<Ruling> across, List<Ruling> down) {
        double left = Double.MAX_VALUE;
        double right = -Double.MAX_VALUE;
        double top = Double.MAX_VALUE;
        double bottom = -Double.MAX_VALUE;
        for (Ruling ruling : across) {
            left = Math.min(left, ruling.start());
            right = Math.max(right, ruling.end());
            top = Math.min(top, ruling.position());
            bottom = Math.max(bottom, ruling.position());
        }
        for (Ruling ruling : down) {
            left = Math.min(left, ruling.position());
            right = Math.max(right, ruling.position());
            top = Math.min(top, ruling.start());
            bottom = Math.max(bottom, ruling.end());
        }
        List<Double> xs = new ArrayList<>();
        xs.add(left);
        xs.add(right);
        down.forEach(ruling -> xs.add(ruling.position()));
        List<Double> ys = new ArrayList<>();
        ys.add(top);
        ys.add(bottom);
        across.forEach(ruling -> ys.add(ruling.position()));
        double[] columnsAt = cluster(xs);
        double[] rowsAt = cluster(ys);
        int rows = rowsAt.length - 1;
        int columns = columnsAt.length - 1;
        if (rows < 1 || columns < 2) {
            return null;
        }
        // which inner lines are drawn: a line is there when a ruling covers most of that stretch
        boolean[][] verticalAt = new boolean[rows][columns + 1];
        boolean[][] horizontalAt = new boolean[rows + 1][columns];
        for (int r = 0; r < rows; r++) {
            verticalAt[r][0] = true;
            verticalAt[r][columns] = true;
            for (int c = 1; c < columns; c++) {
                verticalAt[r][c] = drawn(down, columnsAt[c], rowsAt[r], rowsAt[r + 1]);
            }
        }
        for (int c = 0; c < columns; c++) {
            horizontalAt[0][c] = true;
            horizontalAt[rows][c] = true;
            for (int r = 1; r < rows; r++) {
                horizontalAt[r][c] = drawn(across, rowsAt[r], columnsAt[c], columnsAt[c + 1]);
            }
        }
        int[] parent = new int[rows * columns];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                if (c + 1 < columns && !verticalAt[r][c + 1]) {
                    union(parent, r * columns + c, r * columns + c + 1);
                }
                if (r + 1 < rows && !horizontalAt[r + 1][c]) {
                    union(parent, r * columns + c, (r + 1) * columns + c);
                }
            }
        }
        List<Grid.Slot> slots = rectangles(parent, rows, columns, columnsAt, rowsAt);
        if (slots.size() < 2) {
            return null;
        }
        return new Grid(Grid.Method.LATTICE, left, top, right, bottom, rows, columns, slots);
    }

    /**
     * The merged grid positions as cells. A merged area that is not a rectangle (a line drawn only part of the way) is
     * cut into rectangles, row by row, rather than made into overlapping cells.
     */
    private static List<Grid.Slot> rectangles(int[] parent, int rows, int columns, double[] columnsAt, double[] rowsAt) {
        boolean[] taken = new boolean[rows * columns];
        List<Grid.Slot> slots = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                int index = r * columns + c;
                if (taken[index]) {
                    continue;
                }
                int root = find(parent, index);
                int width = 1;
                while (c + width < columns && !taken[r * columns + c + width] && find(parent, r * columns + c + width) == root) {
                    width++;
                }
                int height = 1;
                grow:
                while (r + height < rows) {
                    for (int k = 0; k < width; k++) {
                        int below = (r + height) * columns + c + k;
                        if (taken[below] || find(parent, below) != root) {
                            break grow;
                        }
                    }
                    // the merged area must not go on sideways in that row: otherwise the rows are cut apart
                    if (c + width < columns && !taken[(r + height) * columns + c + width]
                            && find(parent, (r + height) * columns + c + width) == root) {
                        break;
                    }
                    height++;
                }
                for (int dr = 0; dr < height; dr++) {
                    for (int dc = 0; dc < width; dc++) {
                        taken[(r + dr) * columns + c + dc] = true;
                    }
                }
                slots.add(new Grid.Slot(r, c, height, width, columnsAt[c], rowsAt[r], columnsAt[c + width], rowsAt[r + height]));
            }
        }
        return slots;
    }

    private static boolean drawn(List<Ruling> rulings, double position, double from, double to) {
        double covered = 0;
        for (Ruling ruling : rulings) {
            if (Math.abs(ruling.position() - position) <= TOLERANCE) {
                covered += ruling.overlap(from, to);
            }
        }
        return covered >= 0.5 * (to - from);
    }

    /** Sorted distinct positions, those within {@link #TOLERANCE} of each other taken as one (their mean). */
    static double[] cluster(List<Double> positions) {
        List<Double> sorted = new ArrayList<>(positions);
        sorted.sort(null);
        List<Double> result = new ArrayList<>();
        double sum = 0;
        int count = 0;
        double first = 0;
        for (double position : sorted) {
            if (count > 0 && position - first > TOLERANCE + 0.5) {
                result.add(sum / count);
                sum = 0;
                count = 0;
            }
            if (count == 0) {
                first = position;
            }
            sum += position;
            count++;
        }
        if (count > 0) {
            result.add(sum / count);
        }
        return result.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /**
     * Lines of one direction, those on the same position that overlap or nearly touch joined into one: a border drawn
     * cell by cell becomes one line.
     */
    static List<Ruling> merge(List<Ruling> rulings, boolean horizontal) {
        List<Ruling> sorted = new ArrayList<>();
        for (Ruling ruling : rulings) {
            if (ruling.horizontal() == horizontal && ruling.length() >= 1) {
                sorted.add(ruling);
            }
        }
        sorted.sort(Comparator.comparingDouble(Ruling::position).thenComparingDouble(Ruling::start));
        // group by position
        List<Ruling> merged = new ArrayList<>();
        int i = 0;
        while (i < sorted.size()) {
            int j = i;
            double base = sorted.get(i).position();
            while (j < sorted.size() && sorted.get(j).position() - base <= 1.0) {
                j++;
            }
            List<Ruling> group = new ArrayList<>(sorted.subList(i, j));
            group.sort(Comparator.comparingDouble(Ruling::start));
            double position = group.stream().mapToDouble(Ruling::position).average().orElse(base);
            double start = group.get(0).start();
            double end = group.get(0).end();
            for (int k = 1; k < group.size(); k++) {
                Ruling next = group.get(k);
                if (next.start() <= end + 1.5) {
                    end = Math.max(end, next.end());
                } else {
                    merged.add(new Ruling(horizontal, position, start, end));
                    start = next.start();
                    end = next.end();
                }
            }
            merged.add(new Ruling(horizontal, position, start, end));
            i = j;
        }
        return merged;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int a, int b) {
        int ra = find(parent, a);
        int rb = find(parent, b);
        if (ra != rb) {
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }
}
