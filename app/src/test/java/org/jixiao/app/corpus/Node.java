package org.jixiao.app.corpus;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * One indicator of a generated evaluation (the root, level 0, is the whole system of 100 points). Mutable: an injected
 * error changes a copy of the tree, and {@link #recompute()} makes a copy consistent again where the error is meant
 * to spread to the parents.
 */
final class Node {
    final String id;
    final int level;
    final String name;
    BigDecimal weight;
    BigDecimal score;
    /** 评分标准 / 指标解释 / 扣分说明: words only, no figure about this row. */
    String text = "";
    final List<Node> children = new ArrayList<>();
    Node parent;

    Node(String id, int level, String name) {
        this.id = id;
        this.level = level;
        this.name = name;
    }

    Node add(Node child) {
        child.parent = this;
        children.add(child);
        return child;
    }

    boolean isLeaf() {
        return children.isEmpty();
    }

    BigDecimal rate() {
        return Num.rate(score, weight);
    }

    Node copy() {
        Node copy = new Node(id, level, name);
        copy.weight = weight;
        copy.score = score;
        copy.text = text;
        for (Node child : children) {
            copy.add(child.copy());
        }
        return copy;
    }

    /** This node and every node below it, parents before children. */
    List<Node> preorder() {
        List<Node> nodes = new ArrayList<>();
        collect(nodes);
        return nodes;
    }

    private void collect(List<Node> nodes) {
        nodes.add(this);
        for (Node child : children) {
            child.collect(nodes);
        }
    }

    List<Node> leaves() {
        return preorder().stream().filter(Node::isLeaf).toList();
    }

    Node find(String wanted) {
        for (Node node : preorder()) {
            if (node.id.equals(wanted)) {
                return node;
            }
        }
        throw new IllegalArgumentException("no node " + wanted);
    }

    int depth() {
        int depth = level;
        for (Node child : children) {
            depth = Math.max(depth, child.depth());
        }
        return depth;
    }

    /** The ancestors from the parent up to the root. */
    List<Node> ancestors() {
        List<Node> up = new ArrayList<>();
        for (Node at = parent; at != null; at = at.parent) {
            up.add(at);
        }
        return up;
    }

    Node ancestorAt(int wantedLevel) {
        Node at = this;
        while (at != null && at.level > wantedLevel) {
            at = at.parent;
        }
        return at != null && at.level == wantedLevel ? at : null;
    }

    /** Every parent's weight and score become the sums of its children's, bottom up. */
    void recompute() {
        if (isLeaf()) {
            return;
        }
        BigDecimal weights = BigDecimal.ZERO;
        BigDecimal scores = BigDecimal.ZERO;
        for (Node child : children) {
            child.recompute();
            weights = weights.add(child.weight);
            scores = scores.add(child.score);
        }
        weight = weights;
        score = scores;
    }

    /** Only the scores become sums (the weights stay as printed, e.g. under equal shares). */
    void recomputeScores() {
        if (isLeaf()) {
            return;
        }
        BigDecimal scores = BigDecimal.ZERO;
        for (Node child : children) {
            child.recomputeScores();
            scores = scores.add(child.score);
        }
        score = scores;
    }

    @Override
    public String toString() {
        return id + " " + name + " " + weight + "/" + score;
    }
}
