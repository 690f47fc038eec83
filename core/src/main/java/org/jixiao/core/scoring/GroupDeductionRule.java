package org.jixiao.core.scoring;

import static org.jixiao.core.scoring.Rules.n;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * 上级指标扣分: a deduction the report makes at a group node (“预算管理（9分）：存在……扣1分”) shared by the leaves under
 * it in proportion to their weights. It sits on the group node as its rule; the leaves keep their own rules and lose
 * their share afterwards. Shares are whole cents; the cents left by rounding go to the largest remainders (earlier leaf
 * first on a tie), and a leaf never loses more than it scored — what it cannot take passes to the others — so the
 * leaves' deductions always add up to the group's (or to everything the leaves scored, when the deduction is larger).
 */
public record GroupDeductionRule(List<DeductionsRule.Deduction> items) implements ScoringRule {

    public GroupDeductionRule {
        items = items == null ? List.of() : List.copyOf(items);
    }

    public BigDecimal total() {
        return items.stream().map(DeductionsRule.Deduction::points).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    @Override
    public String kind() {
        return "group_deductions";
    }

    @Override
    public String label() {
        return "上级指标扣分分摊";
    }

    /** Only meaningful on a group node (the validator refuses it on a leaf); on a leaf it would act as plain deductions. */
    @Override
    public RuleResult apply(BigDecimal weight, RuleContext context) {
        return new DeductionsRule(items).apply(weight, context);
    }

    /** The sentence a leaf carries after its own: which group deduction it shares and how much. */
    public String shareSentence(String groupName, BigDecimal share, BigDecimal newScore) {
        String reasons = items.stream().map(d -> d.reason().strip() + "扣" + n(d.points()) + "分").collect(Collectors.joining("；"));
        return "上级指标“" + groupName + "”扣分（" + reasons + "）按下级指标分值比例分摊，本指标分摊扣" + n(share) + "分，得"
                + n(newScore) + "分。";
    }

    /**
     * Splits {@code total} over leaves with the given weights, none losing more than its {@code scores}; 2 decimals each.
     */
    public static List<BigDecimal> allocate(BigDecimal total, List<BigDecimal> weights, List<BigDecimal> scores) {
        int size = weights.size();
        long[] room = new long[size];
        long available = 0;
        for (int i = 0; i < size; i++) {
            room[i] = cents(scores.get(i));
            available += room[i];
        }
        long remaining = Math.min(cents(total), available);
        long[] given = new long[size];
        while (remaining > 0) {
            List<Integer> active = new ArrayList<>();
            BigDecimal activeWeight = BigDecimal.ZERO;
            for (int i = 0; i < size; i++) {
                if (room[i] > 0) {
                    active.add(i);
                    activeWeight = activeWeight.add(weights.get(i));
                }
            }
            boolean byWeight = activeWeight.signum() > 0;
            BigDecimal basis = byWeight ? activeWeight : BigDecimal.valueOf(active.size());
            BigDecimal[] remainder = new BigDecimal[size];
            long handed = 0;
            for (int i : active) {
                BigDecimal exact = BigDecimal.valueOf(remaining).multiply(byWeight ? weights.get(i) : BigDecimal.ONE)
                        .divide(basis, 12, RoundingMode.HALF_UP);
                long base = exact.setScale(0, RoundingMode.DOWN).longValueExact();
                long take = Math.min(base, room[i]);
                remainder[i] = exact.subtract(BigDecimal.valueOf(base));
                given[i] += take;
                room[i] -= take;
                handed += take;
            }
            remaining -= handed;
            List<Integer> byRemainder = active.stream()
                    .sorted(Comparator.comparing((Integer i) -> remainder[i]).reversed().thenComparing(i -> i)).toList();
            for (int i : byRemainder) {
                if (remaining == 0) {
                    break;
                }
                if (room[i] > 0) {
                    given[i]++;
                    room[i]--;
                    remaining--;
                }
            }
        }
        List<BigDecimal> shares = new ArrayList<>(size);
        for (long g : given) {
            shares.add(BigDecimal.valueOf(g, 2));
        }
        return shares;
    }

    private static long cents(BigDecimal value) {
        return Math.max(0, value.setScale(2, RoundingMode.HALF_UP).unscaledValue().longValueExact());
    }
}
