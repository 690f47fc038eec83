package org.jixiao.core.scoring;

import static org.jixiao.core.scoring.Rules.n;

import java.math.BigDecimal;

import org.jixiao.core.number.ChineseNumbers;
import org.jixiao.core.number.Decimals;
import org.jixiao.core.ratio.Ratio;
import org.jixiao.core.ratio.RatioId;

/**
 * Weight × min(executed ÷ budget, 1): 预算执行率 points of a self-evaluation table (Zibo: 10 × 74.14% = 7.41). The rate
 * is rounded to 2 decimals in percent first, as printed, so that the score recomputes from the printed rate.
 *
 * @param ratio a computed standard ratio to use instead of the two amounts (e.g. budget_execution_rate)
 */
public record ExecutionRateRule(BigDecimal budget, BigDecimal executed, RatioId ratio) implements ScoringRule {

    public ExecutionRateRule {
        if (ratio == null && (budget == null || executed == null)) {
            throw new IllegalArgumentException("预算执行率计分需要全年预算数和全年执行数，或指定一个标准比率");
        }
    }

    @Override
    public org.jixiao.core.ratio.RatioId ratioInput() {
        return ratio;
    }

    @Override
    public String kind() {
        return "execution_rate";
    }

    @Override
    public String label() {
        return "按预算执行率计分";
    }

    @Override
    public RuleResult apply(BigDecimal weight, RuleContext context) {
        BigDecimal ratePercent;
        String derivation;
        if (ratio != null) {
            Ratio computed = context.requireRatio(ratio);
            ratePercent = computed.percent();
            derivation = computed.derivation();
        } else if (budget.signum() == 0) {
            ratePercent = BigDecimal.ZERO;
            derivation = "全年预算数为 0，执行率按 0 计";
        } else {
            ratePercent = Decimals.percent(executed, budget);
            derivation = ChineseNumbers.plainAmount(executed) + " ÷ " + ChineseNumbers.plainAmount(budget) + " × 100% = "
                    + ChineseNumbers.percent(ratePercent);
        }
        BigDecimal capped = Decimals.min(Decimals.fraction(ratePercent), BigDecimal.ONE);
        BigDecimal score = Rules.bounded(weight.multiply(capped), weight);
        return new RuleResult(score, "预算执行率 = " + derivation + "；得分 = " + n(weight) + " × "
                + (ratePercent.compareTo(Decimals.HUNDRED) > 0 ? "100%（执行率超过100%按100%计）" : ChineseNumbers.percent(ratePercent))
                + " = " + n(score) + "分。");
    }
}
