package org.jixiao.core.scoring;

import static org.jixiao.core.scoring.Rules.n;

import java.math.BigDecimal;
import java.util.List;

import org.jixiao.core.number.ChineseNumbers;
import org.jixiao.core.number.Decimals;

/**
 * 按比例计分: weight × completion, completion = value ÷ target (higher is better) or target ÷ value (lower is better),
 * at most 100%, with an optional floor (“完成率低于80%的不得分”) and item deductions after it (“按执行率计分，另有问题的
 * 每项扣0.5分”), never below 0. The completion is rounded to 2 decimals in percent first, as the reports print it.
 *
 * @param target the value that earns full points, in the measure's unit (100 for a rate)
 * @param floor  compared with the completion in %, may be null
 * @param items  deductions taken from the proportional score, may be empty
 */
public record RatioRule(Measure measure, BigDecimal target, boolean lowerIsBetter, Floor floor, List<DeductionsRule.Deduction> items)
        implements ScoringRule {

    public RatioRule {
        target = target == null ? Decimals.HUNDRED : target;
        items = items == null ? List.of() : List.copyOf(items);
        if (target.signum() <= 0) {
            throw new IllegalArgumentException("按比例计分的目标值必须大于 0");
        }
    }

    @Override
    public org.jixiao.core.ratio.RatioId ratioInput() {
        return measure.ratio();
    }

    @Override
    public String kind() {
        return "ratio_score";
    }

    @Override
    public String label() {
        return "按比例计分";
    }

    @Override
    public RuleResult apply(BigDecimal weight, RuleContext context) {
        Measure.Resolved value = measure.resolve(context);
        BigDecimal completion;
        if (lowerIsBetter) {
            completion = value.value().signum() <= 0 ? Decimals.HUNDRED : Decimals.percent(target, value.value());
        } else {
            completion = Decimals.percent(value.value(), target);
        }
        BigDecimal capped = Decimals.min(completion, Decimals.HUNDRED);
        StringBuilder text = new StringBuilder(value.describe()).append("，标准值为").append(lowerIsBetter ? "不高于" : "不低于")
                .append(n(target)).append(value.unit());
        BigDecimal score;
        if (floor != null && floor.applies(completion)) {
            score = floor.award().points(weight);
            text.append("，完成比例").append(ChineseNumbers.percent(completion)).append("，").append(floor.describe("完成比例", "%", weight));
        } else if (capped.compareTo(Decimals.HUNDRED) == 0) {
            score = Rules.bounded(weight, weight);
            text.append("，已达到标准，得满分").append(n(score)).append("分");
        } else {
            score = Rules.bounded(weight.multiply(Decimals.fraction(capped)), weight);
            text.append("，完成比例").append(ChineseNumbers.percent(capped)).append("，得分 = ").append(n(weight)).append(" × ")
                    .append(ChineseNumbers.percent(capped)).append(" = ").append(n(score)).append("分");
        }
        if (items.isEmpty()) {
            return new RuleResult(score, text.append("。").toString());
        }
        RuleResult deducted = new DeductionsRule(items).apply(score, context);
        return new RuleResult(deducted.score(), text.append("；").append(deducted.explanation()).toString());
    }
}
