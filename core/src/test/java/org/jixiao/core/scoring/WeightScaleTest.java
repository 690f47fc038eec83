package org.jixiao.core.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.jixiao.core.evaluation.Evaluation;
import org.jixiao.core.evaluation.EvaluationResult;
import org.jixiao.core.evaluation.EvaluationScorer;
import org.jixiao.core.evaluation.Meta;
import org.jixiao.core.indicator.Indicator;
import org.jixiao.core.ratio.BudgetFacts;
import org.jixiao.core.ratio.StandardRatios;
import org.jixiao.core.validation.EvaluationValidator;
import org.junit.jupiter.api.Test;

/** Regression: a weight with more than 2 decimals used to be accepted, and rounding could push its score past it. */
class WeightScaleTest {

    private static final RuleContext NO_DATA = new RuleContext(Map.of(), StandardRatios.compute(BudgetFacts.empty(), List.of(), null));

    @Test
    void aLeafScoreNeverExceedsItsWeight() {
        BigDecimal weight = new BigDecimal("0.125");

        assertThat(new DeductionsRule(List.of()).apply(weight, NO_DATA).score()).isLessThanOrEqualTo(weight);
    }

    @Test
    void eitherTheValidatorRejectsTheWeightOrTheTotalStaysWithin100() {
        Evaluation evaluation = Evaluation.ofTree(Meta.of("测试部门", 2024), List.of(
                Indicator.leaf("甲", new BigDecimal("99.995"), new ManualRule(new BigDecimal("99.995"), "满分")),
                Indicator.leaf("乙", new BigDecimal("0.005"), new ManualRule(new BigDecimal("0.005"), "满分"))));

        if (EvaluationValidator.validate(evaluation).isEmpty()) {
            EvaluationResult result = EvaluationScorer.score(evaluation);
            assertThat(result.totalScore()).isLessThanOrEqualTo(new BigDecimal("100"));
        }
    }
}
