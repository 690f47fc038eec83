package org.jixiao.core.indicator;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.jixiao.core.number.ChineseNumbers;

/**
 * An indicator with its computed score: a leaf's from its rule, an inner node's as the sum of its children's rounded
 * scores (domain §4); 得分率 = score ÷ weight.
 *
 * @param level       1 for 一级 indicators
 * @param path        the indicator's location in the dataset, e.g. {@code /indicators/0/children/1}
 * @param ratePercent 得分率 in percent, 2 decimals; null when the weight is 0
 * @param explanation how a leaf's score was reached; null for inner nodes
 */
public record ScoredIndicator(
        Indicator indicator,
        int level,
        String path,
        BigDecimal score,
        BigDecimal ratePercent,
        String explanation,
        List<ScoredIndicator> children) {

    public String name() {
        return indicator.name();
    }

    public BigDecimal weight() {
        return indicator.weight();
    }

    public boolean isLeaf() {
        return children.isEmpty();
    }

    /** The formulaic line of the reports: 该指标分值 2 分，评价得分 1.5 分，得分率 75%。 */
    public String scoreLine() {
        return "该指标分值" + ChineseNumbers.plain(weight()) + "分，评价得分" + ChineseNumbers.plain(score()) + "分，得分率"
                + (ratePercent == null ? "—" : ChineseNumbers.plainPercent(ratePercent)) + "。";
    }

    /** This node and all below it, depth first. */
    public List<ScoredIndicator> flatten() {
        List<ScoredIndicator> all = new ArrayList<>();
        visit(all::add);
        return all;
    }

    public List<ScoredIndicator> leaves() {
        return flatten().stream().filter(ScoredIndicator::isLeaf).toList();
    }

    public void visit(Consumer<ScoredIndicator> visitor) {
        visitor.accept(this);
        children.forEach(c -> c.visit(visitor));
    }
}
