package org.jixiao.core.review;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * One indicator as a document prints it (not as Jixiao would compute it). Any figure may be missing (null): tables
 * print a leaf's 分值/得分/得分率 but an inner node often only as a weight in its name ({@code 预算管理 (9)}).
 *
 * @param level        1 for 一级, 2 for 二级 …
 * @param weight       the printed weight (from the row, else from "(N)" in the name)
 * @param weightInName the "(N)" printed in the name when the row also prints a weight; null otherwise
 * @param score        the printed score
 * @param rate         the printed 得分率 in percent
 * @param quote        the table row the node was read from
 */
public record RecoveredNode(String name, int level, BigDecimal weight, BigDecimal weightInName, BigDecimal score, BigDecimal rate,
                            Quote quote, List<RecoveredNode> children) {
    public RecoveredNode {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(quote, "quote");
        children = List.copyOf(children);
    }

    public boolean isLeaf() {
        return children.isEmpty();
    }

    public int countAtLevel(int wanted) {
        return (level == wanted ? 1 : 0) + children.stream().mapToInt(child -> child.countAtLevel(wanted)).sum();
    }

    public int leafCount() {
        return isLeaf() ? 1 : children.stream().mapToInt(RecoveredNode::leafCount).sum();
    }
}
