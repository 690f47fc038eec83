package org.jixiao.formats.reportreader;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Levels from the arithmetic alone, for indicators printed in one column without numbering: the one way to read the rows
 * in order as a tree in which every parent's 分值 (and 得分, where printed) is the sum of its children's and the top
 * level adds up to the table's total. When there is no such reading, or more than one, there is no tree.
 */
final class WeightTree {
    record Parse(List<TableNode> roots) {}

    private static final int MAX_ROWS = 300;

    private final List<TableNode> rows;
    private final boolean useScores;
    private final Map<String, Map<Integer, Long>> memo = new HashMap<>();

    private WeightTree(List<TableNode> rows, boolean useScores) {
        this.rows = rows;
        this.useScores = useScores;
    }

    static Parse parse(List<TableNode> rows, BigDecimal total) {
        if (rows.size() < 2 || rows.size() > MAX_ROWS || rows.stream().anyMatch(row -> row.weight == null)) {
            return null;
        }
        boolean scores = rows.stream().allMatch(row -> row.score != null);
        if (scores) {
            WeightTree tree = new WeightTree(rows, true);
            if (tree.forest(0, total, null).getOrDefault(rows.size(), 0L) == 1) {
                return tree.build(total);
            }
        }
        WeightTree tree = new WeightTree(rows, false);
        if (tree.forest(0, total, null).getOrDefault(rows.size(), 0L) != 1) {
            return null;
        }
        return tree.build(total);
    }

    /** Ways to read rows from {@code start} as a forest adding up to {@code weight} (and {@code score}), by end row. */
    private Map<Integer, Long> forest(int start, BigDecimal weight, BigDecimal score) {
        String key = start + "|" + weight.stripTrailingZeros().toPlainString() + "|" + (score == null ? "" : score.stripTrailingZeros().toPlainString());
        Map<Integer, Long> known = memo.get(key);
        if (known != null) {
            return known;
        }
        Map<Integer, Long> ends = new HashMap<>();
        if (weight.signum() == 0 && (score == null || score.signum() == 0)) {
            ends.put(start, 1L);
        }
        if (start < rows.size() && weight.signum() > 0) {
            TableNode first = rows.get(start);
            if (first.weight.compareTo(weight) <= 0) {
                for (Map.Entry<Integer, Long> node : node(start).entrySet()) {
                    BigDecimal restScore = score == null || !useScores ? null : score.subtract(first.score);
                    if (restScore != null && restScore.signum() < 0) {
                        continue;
                    }
                    for (Map.Entry<Integer, Long> rest : forest(node.getKey(), weight.subtract(first.weight), restScore).entrySet()) {
                        ends.merge(rest.getKey(), saturating(node.getValue(), rest.getValue()), WeightTree::add);
                    }
                }
            }
        }
        memo.put(key, ends);
        return ends;
    }

    /** Ways to read the row at {@code start} as one node (a leaf, or a parent of the rows after it), by end row. */
    private Map<Integer, Long> node(int start) {
        Map<Integer, Long> ends = new HashMap<>();
        ends.put(start + 1, 1L);
        TableNode row = rows.get(start);
        Map<Integer, Long> children = forest(start + 1, row.weight, useScores ? row.score : null);
        for (Map.Entry<Integer, Long> child : children.entrySet()) {
            if (child.getKey() > start + 1) {
                ends.merge(child.getKey(), child.getValue(), WeightTree::add);
            }
        }
        return ends;
    }

    private Parse build(BigDecimal total) {
        List<TableNode> roots = new ArrayList<>();
        int end = buildForest(0, total, null, rows.size(), null, roots, 1);
        return end == rows.size() ? new Parse(roots) : null;
    }

    /** Follows the single reading from {@code start} to {@code end}; returns the row where it stopped. */
    private int buildForest(int start, BigDecimal weight, BigDecimal score, int end, TableNode parent, List<TableNode> roots, int level) {
        int at = start;
        BigDecimal left = weight;
        BigDecimal leftScore = score;
        while (at < end && left.signum() > 0) {
            TableNode row = rows.get(at);
            BigDecimal nextLeft = left.subtract(row.weight);
            BigDecimal nextScore = leftScore == null ? null : leftScore.subtract(row.score);
            int nodeEnd = -1;
            for (Map.Entry<Integer, Long> option : node(at).entrySet()) {
                if (option.getKey() <= end && forest(option.getKey(), nextLeft, nextScore).getOrDefault(end, 0L) > 0) {
                    nodeEnd = option.getKey();
                    break;
                }
            }
            if (nodeEnd < 0) {
                return -1;
            }
            row.children.clear();
            row.level = level;
            row.parent = null;
            if (parent != null) {
                parent.add(row);
            } else {
                roots.add(row);
            }
            if (nodeEnd > at + 1) {
                buildForest(at + 1, row.weight, useScores ? row.score : null, nodeEnd, row, roots, level + 1);
            }
            left = nextLeft;
            leftScore = nextScore;
            at = nodeEnd;
        }
        return at;
    }

    private static long add(long a, long b) {
        return Math.min(a + b, 1_000_000L);
    }

    private static long saturating(long a, long b) {
        return Math.min(a * b, 1_000_000L);
    }
}
