package org.jixiao.core.selfeval;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.jixiao.core.grade.GradeScheme;
import org.jixiao.core.number.ChineseNumbers;
import org.jixiao.core.number.Decimals;
import org.jixiao.core.targets.QualitativeResult;
import org.jixiao.core.targets.TargetAssessment;

/**
 * Scores a self-evaluation table by the official self-evaluation rules (财预〔2020〕10号, domain §4 and §9):
 * <ul>
 * <li>execution points = 分值 × min(B ÷ A, 1), from the unrounded quotient, 2 decimals half-up;</li>
 * <li>a quantitative indicator met scores full; not met, 分值 × completion ratio (actual ÷ target for ≥, target ÷ actual
 * for ≤, 0 for =);</li>
 * <li>a qualitative indicator scores within its band: 完成 80–100%, 部分完成 60–80%, 未完成 0–60% of the 分值. The
 * unit's score is kept when it lies in the band, otherwise it is brought to the nearest bound; with no score filled,
 * 完成 gives full points and the other verdicts the lower bound of their band;</li>
 * <li>targets exceeded far beyond plan are not cut here (the real tables score them full); the review flags them.</li>
 * </ul>
 */
public final class SelfEvalScorer {
    private static final BigDecimal BAND_80 = new BigDecimal("0.8");
    private static final BigDecimal BAND_60 = new BigDecimal("0.6");

    private final GradeScheme grades;

    public SelfEvalScorer(GradeScheme grades) {
        this.grades = grades;
    }

    public static SelfEvalScorer standard() {
        return new SelfEvalScorer(GradeScheme.standard());
    }

    /**
     * @throws IllegalArgumentException when 全年预算数 A is not positive (the execution rate has no meaning); readers
     *                                  report that as an input error before scoring
     */
    public SelfEvalScore score(SelfEvalTable table) {
        BudgetBlock budget = table.budget();
        if (budget.annual().signum() <= 0) {
            throw new IllegalArgumentException("项目“" + table.project() + "”全年预算数（A）为 0，无法计算执行率");
        }
        BigDecimal quotient = Decimals.divide(budget.executed(), budget.annual());
        BigDecimal rate = Decimals.percent(budget.executed(), budget.annual());
        BigDecimal executionPoints = Decimals.round2(budget.weight().multiply(Decimals.min(quotient, BigDecimal.ONE)));
        List<IndicatorScore> scores = new ArrayList<>(table.indicators().size());
        BigDecimal indicatorPoints = BigDecimal.ZERO;
        for (int i = 0; i < table.indicators().size(); i++) {
            IndicatorScore score = scoreIndicator(i, table.indicators().get(i));
            scores.add(score);
            indicatorPoints = indicatorPoints.add(score.computed());
        }
        BigDecimal total = executionPoints.add(indicatorPoints);
        return new SelfEvalScore(table, rate, executionPoints, scores, indicatorPoints, total, grades.gradeOf(total),
                table.printedTotal());
    }

    public String gradeOf(BigDecimal total) {
        return grades.gradeOf(total);
    }

    static IndicatorScore scoreIndicator(int index, IndicatorRow row) {
        TargetAssessment assessment = TargetAssessment.of(row.target());
        BigDecimal weight = row.weight();
        BigDecimal computed;
        String rule;
        if (row.target().operator().isQuantitative()) {
            computed = Decimals.round2(weight.multiply(assessment.fraction()));
            rule = Boolean.TRUE.equals(assessment.met()) ? "目标已完成，得满分" : "目标未完成，按完成比例得分";
        } else {
            QualitativeResult verdict = row.target().actualResult();
            BigDecimal low;
            BigDecimal high;
            if (verdict == QualitativeResult.DONE) {
                low = BAND_80;
                high = BigDecimal.ONE;
            } else if (verdict == QualitativeResult.PARTLY_DONE) {
                low = BAND_60;
                high = BAND_80;
            } else {
                low = BigDecimal.ZERO;
                high = BAND_60;
            }
            BigDecimal lowPoints = Decimals.round2(weight.multiply(low));
            BigDecimal highPoints = Decimals.round2(weight.multiply(high));
            if (row.recordedScore() == null) {
                computed = verdict == QualitativeResult.DONE ? Decimals.round2(weight) : lowPoints;
            } else {
                computed = Decimals.round2(Decimals.min(Decimals.max(row.recordedScore(), lowPoints), highPoints));
            }
            rule = "定性指标“" + (verdict == null ? "未填报" : verdict.label()) + "”档得分区间 " + ChineseNumbers.plain(lowPoints)
                    + "–" + ChineseNumbers.plain(highPoints) + " 分";
        }
        String explanation = assessment.sentence() + "；" + rule + " " + ChineseNumbers.plain(computed) + " 分（分值 "
                + ChineseNumbers.plain(weight) + " 分）";
        return new IndicatorScore(index, row, assessment, computed, row.recordedScore(), explanation);
    }
}
