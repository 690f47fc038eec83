package org.jixiao.core.scoring;

import static org.jixiao.core.scoring.Rules.n;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

import org.jixiao.core.number.ChineseNumbers;
import org.jixiao.core.number.Decimals;

/**
 * 分要点计分: an indicator scored on several 评价要点, each with its own share of the weight and its own rule (any kind,
 * composites included). A point's deductions stay within its share (扣完为止) and may be capped (最多扣0.5分); a gate
 * point that does not earn its full share makes the whole indicator 0 (“要点①不满足的，本指标不得分”); a floor on the
 * 得分率 (“得分率低于60%的不得分”) applies to the sum. The score is the sum of the points' rounded scores.
 *
 * @param floor compared with the points' total as a 得分率 in %, may be null
 */
public record CompositeRule(List<Point> points, Floor floor) implements ScoringRule {

    /**
     * One 评价要点.
     *
     * @param share        its part of the indicator's weight
     * @param maxDeduction the most its rule may take off its share (最多扣0.5分), may be null
     * @param gate         when it does not earn its full share, the indicator scores 0
     */
    public record Point(String name, BigDecimal share, ScoringRule rule, BigDecimal maxDeduction, boolean gate) {
        public Point {
            Objects.requireNonNull(share, "share");
            Objects.requireNonNull(rule, "rule");
            name = name == null ? "" : name.strip();
        }
    }

    public CompositeRule {
        if (points == null || points.isEmpty()) {
            throw new IllegalArgumentException("分要点计分至少需要一个评价要点");
        }
        points = List.copyOf(points);
    }

    public BigDecimal totalShare() {
        return points.stream().map(Point::share).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    @Override
    public String kind() {
        return "composite";
    }

    @Override
    public String label() {
        return "分要点计分";
    }

    @Override
    public RuleResult apply(BigDecimal weight, RuleContext context) {
        StringBuilder text = new StringBuilder();
        BigDecimal sum = BigDecimal.ZERO;
        String failedGate = null;
        for (int i = 0; i < points.size(); i++) {
            Point point = points.get(i);
            String label = "要点" + circled(i + 1) + (point.name().isEmpty() ? "" : point.name());
            RuleResult result = pointResult(point, context);
            BigDecimal score = result.score();
            String capNote = "";
            if (point.maxDeduction() != null) {
                BigDecimal least = Decimals.max(point.share().subtract(point.maxDeduction()), BigDecimal.ZERO);
                if (score.compareTo(least) < 0) {
                    score = Rules.bounded(least, point.share());
                    capNote = "该要点最多扣" + n(point.maxDeduction()) + "分，按" + n(score) + "分计。";
                }
            }
            if (point.gate() && score.compareTo(point.share()) < 0 && failedGate == null) {
                failedGate = label;
            }
            sum = sum.add(score);
            text.append(label).append("（").append(n(point.share())).append("分）：").append(result.explanation()).append(capNote);
        }
        if (failedGate != null) {
            return new RuleResult(BigDecimal.ZERO.setScale(2), text.append(failedGate).append("未达到要求，按评分标准本指标不得分。").toString());
        }
        BigDecimal score = Rules.bounded(sum, weight);
        if (floor != null && weight.signum() > 0) {
            BigDecimal rate = Decimals.percent(score, weight);
            if (floor.applies(rate)) {
                BigDecimal floored = floor.award().points(weight);
                return new RuleResult(floored, text.append("各要点合计").append(n(score)).append("分，得分率").append(ChineseNumbers.percent(rate))
                        .append("，").append(floor.describe("得分率", "%", weight)).append("。").toString());
            }
        }
        return new RuleResult(score, text.append("各要点合计得").append(n(score)).append("分。").toString());
    }

    /** A point whose ratio cannot be computed is not yet scored, as a leaf would be. */
    private static RuleResult pointResult(Point point, RuleContext context) {
        org.jixiao.core.ratio.RatioId ratio = point.rule().ratioInput();
        if (ratio != null && context.ratio(ratio).isEmpty()) {
            return new RuleResult(BigDecimal.ZERO.setScale(2), "尚未评分：" + ratio.label() + "无法计算，暂按 0 分计。");
        }
        return point.rule().apply(point.share(), context);
    }

    static String circled(int n) {
        return n >= 1 && n <= 20 ? String.valueOf((char) ('①' + n - 1)) : "(" + n + ")";
    }
}
