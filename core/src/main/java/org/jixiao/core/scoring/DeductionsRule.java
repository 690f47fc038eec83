package org.jixiao.core.scoring;

import static org.jixiao.core.scoring.Rules.n;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/** 扣分: the weight minus each listed deduction (with its reason), never below 0. No deduction means full points. */
public record DeductionsRule(List<Deduction> items) implements ScoringRule {

    /** One 扣分点: what was found and how many points it costs. */
    public record Deduction(BigDecimal points, String reason) {
        public Deduction {
            Objects.requireNonNull(points, "points");
            Objects.requireNonNull(reason, "reason");
        }
    }

    public DeductionsRule {
        items = items == null ? List.of() : List.copyOf(items);
    }

    public BigDecimal total() {
        return items.stream().map(Deduction::points).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    @Override
    public String kind() {
        return "deductions";
    }

    @Override
    public String label() {
        return "扣分制";
    }

    @Override
    public RuleResult apply(BigDecimal weight, RuleContext context) {
        if (items.isEmpty()) {
            return new RuleResult(Rules.bounded(weight, weight), "未发现扣分事项，得满分" + n(weight) + "分。");
        }
        StringBuilder text = new StringBuilder("扣分点：");
        for (int i = 0; i < items.size(); i++) {
            Deduction d = items.get(i);
            text.append(circled(i + 1)).append(stripEnd(d.reason())).append("，扣").append(n(d.points())).append("分")
                    .append(i + 1 < items.size() ? "；" : "。");
        }
        BigDecimal total = total();
        BigDecimal score = Rules.bounded(weight.subtract(total), weight);
        if (items.size() > 1) {
            text.append("合计扣").append(n(total)).append("分，");
        }
        if (total.compareTo(weight) > 0) {
            text.append("扣分超过分值，按0分计。");
        } else {
            text.append("得").append(n(score)).append("分。");
        }
        return new RuleResult(score, text.toString());
    }

    private static String stripEnd(String reason) {
        String r = reason.strip();
        while (!r.isEmpty() && "。；;，,".indexOf(r.charAt(r.length() - 1)) >= 0) {
            r = r.substring(0, r.length() - 1);
        }
        return r;
    }

    private static String circled(int n) {
        return n >= 1 && n <= 20 ? String.valueOf((char) ('①' + n - 1)) : "(" + n + ")";
    }
}
