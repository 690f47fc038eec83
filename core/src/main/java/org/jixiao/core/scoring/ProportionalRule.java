package org.jixiao.core.scoring;

import static org.jixiao.core.scoring.Rules.n;
import static org.jixiao.core.scoring.Rules.pct;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import org.jixiao.core.number.Decimals;
import org.jixiao.core.targets.Target;
import org.jixiao.core.targets.TargetAssessment;

/**
 * Full points when the targets are met; otherwise in proportion to completion (actual ÷ target for ≥, target ÷ actual
 * for ≤) or nothing ({@link BelowTarget#ZERO}). With several targets the score is weight × the average share. While
 * none of its targets has an actual value (实际完成值) the leaf is 尚未评分: 0 points, said so in the explanation.
 *
 * @param targetIds ids of the evaluation's targets this indicator is judged on
 * @param inline    a target written inside the rule instead (used when {@code targetIds} is empty)
 */
public record ProportionalRule(List<String> targetIds, Target inline, BelowTarget belowTarget) implements ScoringRule {

    public enum BelowTarget {
        /** Missed targets earn actual ÷ target of their share (财预〔2020〕10号). */
        PROPORTIONAL("proportional"),
        /** Missed targets earn nothing. */
        ZERO("zero");

        private final String key;

        BelowTarget(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    public ProportionalRule {
        targetIds = targetIds == null ? List.of() : List.copyOf(targetIds);
        belowTarget = belowTarget == null ? BelowTarget.PROPORTIONAL : belowTarget;
        if (targetIds.isEmpty() && inline == null) {
            throw new IllegalArgumentException("按完成比例计分的指标至少需要一个绩效目标");
        }
    }

    @Override
    public String kind() {
        return "proportional";
    }

    @Override
    public String label() {
        return "按目标完成比例计分";
    }

    public List<Target> targets(RuleContext context) {
        if (targetIds.isEmpty()) {
            return List.of(inline);
        }
        return targetIds.stream().map(context::requireTarget).toList();
    }

    @Override
    public RuleResult apply(BigDecimal weight, RuleContext context) {
        List<Target> targets = targets(context);
        if (targets.stream().noneMatch(Target::hasActual)) {
            // nothing reported yet (e.g. fresh from a template): not a result of 0, but not assessed
            return new RuleResult(BigDecimal.ZERO.setScale(2), "尚未评分：待填写绩效目标"
                    + targets.stream().map(t -> "“" + t.name() + "”").collect(java.util.stream.Collectors.joining("、"))
                    + "的实际完成值，暂按 0 分计。");
        }
        List<String> sentences = new ArrayList<>();
        BigDecimal sum = BigDecimal.ZERO;
        boolean allMet = true;
        for (Target target : targets) {
            TargetAssessment assessment = TargetAssessment.of(target);
            sentences.add(assessment.sentence());
            boolean met = Boolean.TRUE.equals(assessment.met());
            allMet &= met;
            sum = sum.add(met ? BigDecimal.ONE : belowTarget == BelowTarget.ZERO ? BigDecimal.ZERO : assessment.fraction());
        }
        BigDecimal share = sum.divide(BigDecimal.valueOf(targets.size()), Decimals.QUOTIENT_SCALE, RoundingMode.HALF_UP);
        BigDecimal score = Rules.bounded(weight.multiply(share), weight);
        String verdict;
        if (allMet) {
            verdict = (targets.size() > 1 ? "目标全部完成" : "目标已完成") + "，得满分" + n(weight) + "分。";
        } else if (belowTarget == BelowTarget.ZERO && targets.size() == 1) {
            verdict = "目标未完成，不得分。";
        } else {
            verdict = "按完成比例计分：" + n(weight) + " × " + pct(share) + " = " + n(score) + "分。";
        }
        return new RuleResult(score, String.join("；", sentences) + "。" + verdict);
    }
}
