package org.jixiao.core.selfeval;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.jixiao.core.grade.GradeScheme;
import org.jixiao.core.number.ChineseNumbers;
import org.jixiao.core.number.Decimals;
import org.jixiao.core.targets.Operator;
import org.jixiao.core.targets.QualitativeResult;
import org.jixiao.core.targets.Target;
import org.jixiao.core.targets.TargetAssessment;

/**
 * Scores a self-evaluation table the way published practice does (财预〔2020〕10号, domain §4 and §9):
 * <ul>
 * <li>execution points by the table's framework: 分值 × min(B ÷ A, 1), from the unrounded quotient, 2 decimals half-up,
 * or none;</li>
 * <li>a quantitative indicator met scores full; not met, 分值 × completion ratio (actual ÷ target when more is better,
 * target ÷ actual when less is better). A target printed without an operator was given the operator of its direction by
 * the reader (正向 ≥, 反向 ≤), so an actual above a 正向 target is met;</li>
 * <li>a qualitative indicator scores within its band: 完成 80–100%, 部分完成 60–80%, 未完成 0–60% of the 分值. The
 * unit's score is kept when it lies in the band, otherwise it is brought to the nearest bound; with no score filled,
 * 完成 gives full points and the other verdicts the lower bound of their band;</li>
 * <li>a row that cannot be checked (a cell that cannot be read, a free-text actual value stating no verdict) keeps the
 * unit's score: the rules cannot say otherwise;</li>
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

    public SelfEvalScore score(SelfEvalTable table) {
        BudgetBlock budget = table.budget();
        BigDecimal rate = null;
        BigDecimal executionPoints;
        if (budget.annual() != null && budget.executed() != null && budget.annual().signum() > 0) {
            rate = Decimals.percent(budget.executed(), budget.annual());
        }
        if (budget.rule() == ExecutionRule.NONE) {
            executionPoints = BigDecimal.ZERO;
        } else if (rate != null) {
            BigDecimal quotient = Decimals.divide(budget.executed(), budget.annual());
            executionPoints = Decimals.round2(budget.weight().multiply(Decimals.min(quotient, BigDecimal.ONE)));
        } else {
            executionPoints = budget.printedScore() != null ? budget.printedScore() : BigDecimal.ZERO;
        }
        List<IndicatorScore> scores = new ArrayList<>(table.indicators().size());
        BigDecimal indicatorPoints = BigDecimal.ZERO;
        for (int i = 0; i < table.indicators().size(); i++) {
            IndicatorScore score = scoreIndicator(i, table.indicators().get(i));
            scores.add(score);
            indicatorPoints = indicatorPoints.add(score.computed());
        }
        BigDecimal total = executionPoints.add(indicatorPoints);
        return new SelfEvalScore(table, rate, executionPoints, scores, indicatorPoints, total, gradesOf(table).gradeOf(total),
                table.printedTotal());
    }

    /** The bands the table states, else the scorer's. */
    public GradeScheme gradesOf(SelfEvalTable table) {
        return table.details().bands() != null ? table.details().bands() : grades;
    }

    public String gradeOf(BigDecimal total) {
        return grades.gradeOf(total);
    }

    /** One row scored by the rules; {@code index} is its place in the table. */
    public static IndicatorScore scoreIndicator(int index, IndicatorRow row) {
        if (!row.checkable()) {
            BigDecimal kept = row.recordedScore() != null ? row.recordedScore() : BigDecimal.ZERO;
            return new IndicatorScore(index, row, null, null, kept, row.recordedScore());
        }
        Target target = row.target();
        BigDecimal weight = row.weight();
        if (target.operator().isQuantitative()) {
            BigDecimal value = target.value();
            BigDecimal actual = target.actual();
            boolean met = switch (target.operator()) {
                case AT_LEAST -> actual.compareTo(value) >= 0;
                case GREATER -> actual.compareTo(value) > 0;
                case AT_MOST -> actual.compareTo(value) <= 0;
                case LESS -> actual.compareTo(value) < 0;
                case EQUAL -> actual.compareTo(value) == 0;
                case QUALITATIVE -> throw new IllegalStateException("unreachable");
            };
            BigDecimal completion = target.operator().isHigherBetter() && value.signum() != 0 ? Decimals.percent(actual, value) : null;
            BigDecimal fraction = met ? BigDecimal.ONE : partialFraction(row);
            return new IndicatorScore(index, row, met, completion, Decimals.round2(weight.multiply(fraction)), row.recordedScore());
        }
        QualitativeResult verdict = target.actualResult();
        BigDecimal[] band = band(verdict, weight);
        BigDecimal computed;
        if (row.recordedScore() == null) {
            computed = verdict == QualitativeResult.DONE ? Decimals.round2(weight) : band[0];
        } else {
            computed = Decimals.round2(Decimals.min(Decimals.max(row.recordedScore(), band[0]), band[1]));
        }
        return new IndicatorScore(index, row, verdict == QualitativeResult.DONE, null, computed, row.recordedScore());
    }

    /** The points of a qualitative verdict's band: 完成 80–100%, 部分完成 60–80%, 未完成 0–60% of the 分值. */
    private static BigDecimal[] band(QualitativeResult verdict, BigDecimal weight) {
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
        return new BigDecimal[] {Decimals.round2(weight.multiply(low)), Decimals.round2(weight.multiply(high))};
    }

    /** The sentence of a scored row (written on demand, see {@link IndicatorScore#explanation()}). */
    static String explain(IndicatorScore score) {
        IndicatorRow row = score.row();
        if (!score.checked()) {
            return "“" + row.name() + "”未能按规则复算（" + row.uncheckedReason() + "），采用填报得分";
        }
        String rule;
        if (row.target().operator().isQuantitative()) {
            rule = Boolean.TRUE.equals(score.met()) ? "目标已完成，得满分" : "目标未完成，按完成比例得分";
        } else {
            QualitativeResult verdict = row.target().actualResult();
            BigDecimal[] band = band(verdict, row.weight());
            rule = "定性指标“" + (verdict == null ? "未填报" : verdict.label()) + "”档得分区间 " + ChineseNumbers.plain(band[0])
                    + "–" + ChineseNumbers.plain(band[1]) + " 分";
        }
        String implied = row.impliedOperator() ? "（指标值未写符号，按" + row.direction().label() + "指标理解为“"
                + row.target().operator().symbol() + "”）" : "";
        return TargetAssessment.of(row.target()).sentence() + implied + "；" + rule + " " + ChineseNumbers.plain(score.computed())
                + " 分（分值 " + ChineseNumbers.plain(row.weight()) + " 分）";
    }

    /**
     * Credit for a missed quantitative target: actual ÷ target when more is better, target ÷ actual when less is better;
     * a missed "=" by its direction (below the target as more-is-better, above it as less-is-better).
     */
    private static BigDecimal partialFraction(IndicatorRow row) {
        BigDecimal value = row.target().value();
        BigDecimal actual = row.target().actual();
        if (actual == null) {
            return BigDecimal.ZERO;
        }
        Operator operator = row.target().operator();
        boolean moreIsBetter = operator == Operator.EQUAL ? actual.compareTo(value) < 0 : operator.isHigherBetter();
        BigDecimal fraction;
        if (moreIsBetter) {
            fraction = value.signum() > 0 && actual.signum() > 0 ? Decimals.divide(actual, value) : BigDecimal.ZERO;
        } else {
            fraction = actual.signum() > 0 && value.signum() > 0 ? Decimals.divide(value, actual) : BigDecimal.ZERO;
        }
        // a missed target never earns full credit: ＞/＜ targets missed exactly at the boundary give ratio 1 → 0
        return fraction.compareTo(BigDecimal.ONE) >= 0 ? BigDecimal.ZERO : Decimals.max(fraction, BigDecimal.ZERO);
    }
}
