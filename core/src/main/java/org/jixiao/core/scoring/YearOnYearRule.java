package org.jixiao.core.scoring;

import static org.jixiao.core.scoring.Rules.n;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

import org.jixiao.core.number.Decimals;

/**
 * 与上年比较: “较上年提高或持平的得满分，每下降1个百分点扣0.5分，扣完为止” (or, without a per-step deduction, “下降的
 * 不得分” / a stated share). {@code lowerIsBetter} for rates that should fall (三公经费变动率, 结转结余率).
 *
 * @param per    units of worsening per deduction step; with {@code points}, may be null when {@code worse} is given
 * @param worse  what a worse year earns when no per-step deduction is stated (default nothing)
 */
public record YearOnYearRule(String label, String unit, BigDecimal current, BigDecimal previous, boolean lowerIsBetter,
        BigDecimal per, BigDecimal points, LinearDeductionRule.Steps steps, BigDecimal maxDeduction, Award worse) implements ScoringRule {

    public YearOnYearRule {
        Objects.requireNonNull(current, "current");
        Objects.requireNonNull(previous, "previous");
        label = label == null || label.isBlank() ? "实际值" : label.strip();
        unit = unit == null ? "" : unit;
        steps = steps == null ? LinearDeductionRule.Steps.PARTIAL : steps;
        if ((per == null) != (points == null)) {
            throw new IllegalArgumentException("与上年比较按步扣分需要同时给出 per 和 points");
        }
        if (per != null && per.signum() <= 0) {
            throw new IllegalArgumentException("扣分步长 per 必须大于 0");
        }
        worse = worse == null ? Award.NOTHING : worse;
    }

    @Override
    public String kind() {
        return "year_on_year";
    }

    @Override
    public String label() {
        return "与上年比较计分";
    }

    @Override
    public RuleResult apply(BigDecimal weight, RuleContext context) {
        BigDecimal change = current.subtract(previous);
        BigDecimal worsening = lowerIsBetter ? change : change.negate();
        String diffUnit = Rules.differenceUnit(unit);
        String head = "本年" + label + "为" + n(current) + unit + "，上年为" + n(previous) + unit;
        if (worsening.signum() <= 0) {
            String how = change.signum() == 0 ? "与上年持平" : "较上年" + (change.signum() > 0 ? "提高" : "下降") + n(change.abs()) + diffUnit;
            return new RuleResult(Rules.bounded(weight, weight), head + "，" + how + "，得满分" + n(weight) + "分。");
        }
        String worseWord = lowerIsBetter ? "提高" : "下降";
        head = head + "，较上年" + worseWord + n(worsening) + diffUnit;
        if (per == null) {
            return new RuleResult(worse.points(weight), head + "，" + worse.describe(weight) + "。");
        }
        BigDecimal stepCount = steps == LinearDeductionRule.Steps.WHOLE
                ? worsening.divide(per, 0, RoundingMode.DOWN)
                : worsening.divide(per, Decimals.QUOTIENT_SCALE, RoundingMode.HALF_UP);
        BigDecimal deduction = stepCount.multiply(points);
        String cap = "";
        if (maxDeduction != null && deduction.compareTo(maxDeduction) > 0) {
            deduction = maxDeduction;
            cap = "（最多扣" + n(maxDeduction) + "分）";
        }
        BigDecimal score = Rules.bounded(weight.subtract(deduction), weight);
        return new RuleResult(score, head + "，每" + worseWord + n(per) + diffUnit + "扣" + n(points) + "分"
                + (steps == LinearDeductionRule.Steps.WHOLE ? "（不足部分不扣分）" : "") + "，扣" + n(Decimals.min(Decimals.round2(deduction), weight))
                + "分" + cap + "，得" + n(score) + "分。");
    }
}
