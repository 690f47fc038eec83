package org.jixiao.formats.reportreader;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.jixiao.core.review.Quote;
import org.jixiao.core.review.RecoveredNode;

/** An indicator as it is being read from tables, before the tree is fixed and handed to the review. */
final class TableNode {
    final String name;
    final String key;
    int level;
    BigDecimal weight;
    BigDecimal weightInName;
    BigDecimal score;
    BigDecimal rate;
    Quote quote;
    TableNode parent;
    final List<TableNode> children = new ArrayList<>();
    /** The value rows read for this node (more than one: rows of 评价要点 under one indicator). */
    final List<Values> values = new ArrayList<>();

    record Values(BigDecimal weight, BigDecimal score, BigDecimal rate, Quote quote, String label, Object weightCell, Object scoreCell) {}

    TableNode(String name, int level, Quote quote) {
        this.name = name;
        this.key = Names.key(name);
        this.level = level;
        this.quote = quote;
    }

    void add(TableNode child) {
        child.parent = this;
        children.add(child);
    }

    boolean isLeaf() {
        return children.isEmpty();
    }

    RecoveredNode build() {
        return new RecoveredNode(name, level, weight, weightInName, score, rate, quote, children.stream().map(TableNode::build).toList());
    }

    /** The weight recomputed from the leaves, null when one is missing. */
    BigDecimal leafWeight() {
        if (isLeaf()) {
            return weight;
        }
        BigDecimal total = BigDecimal.ZERO;
        for (TableNode child : children) {
            BigDecimal weight = child.leafWeight();
            if (weight == null) {
                return null;
            }
            total = total.add(weight);
        }
        return total;
    }

    @Override
    public String toString() {
        return name + "(" + level + ", " + weight + "/" + score + ")" + (children.isEmpty() ? "" : children.toString());
    }
}
