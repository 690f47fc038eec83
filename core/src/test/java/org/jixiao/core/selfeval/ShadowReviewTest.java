package org.jixiao.core.selfeval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.core.selfeval.SelfEvalScorerTest.d;

import java.util.List;

import org.jixiao.core.grade.GradeScheme;
import org.jixiao.core.selfeval.ShadowReview.ReviewerScore;
import org.junit.jupiter.api.Test;

/** 复核 beside 自评 on the Zibo 2024 table 5 (非公有制企业党委党建工作经费, 90.19 分, built in code). */
class ShadowReviewTest {
    static SelfEvalScore zibo5() {
        return SelfEvalScorer.standard().score(SelfEvalScorerTest.partyBuilding(SelfEvalScorerTest.partyBuildingRows(), "90.19"));
    }

    @Test
    void withoutReviewerValuesTheReviewIsWhatTheRulesGive() {
        ShadowReview.Table table = ShadowReview.of(zibo5(), GradeScheme.standard(), List.of());
        assertThat(table.rows()).hasSize(9);
        assertThat(table.rows().get(0).name()).isEqualTo("预算执行率");
        assertThat(table.rows().get(0).self()).isEqualByComparingTo("0.19");
        assertThat(table.rows().get(3).name()).isEqualTo("发放企业数量");
        assertThat(table.selfTotal()).isEqualByComparingTo("90.19");
        assertThat(table.reviewTotal()).isEqualByComparingTo("90.19");
        assertThat(table.difference()).isEqualByComparingTo("0");
        assertThat(table.gradeSteps()).isZero();
        assertThat(table.reviewed()).isZero();
    }

    @Test
    void aReviewerValueLowersTheTotalAndTheGradeButNotTheUnitsFigures() {
        SelfEvalScore score = zibo5();
        // 发放企业数量 10 → 8.5: 90.19 − 1.5 = 88.69, 优 → 良 (one band)
        ShadowReview.Table table = ShadowReview.of(score, GradeScheme.standard(), List.of(new ReviewerScore(3, d("8.5"), "台账只有 63 家")));
        assertThat(table.reviewTotal()).isEqualByComparingTo("88.69");
        assertThat(table.difference()).isEqualByComparingTo("-1.50");
        assertThat(table.selfGrade()).isEqualTo("优");
        assertThat(table.reviewGrade()).isEqualTo("良");
        assertThat(table.gradeSteps()).isEqualTo(1);
        assertThat(table.rows().get(3).byReviewer()).isTrue();
        assertThat(table.rows().get(3).reason()).isEqualTo("台账只有 63 家");
        assertThat(table.rows().get(3).self()).isEqualByComparingTo("10");
        assertThat(score.table().indicators().get(2).recordedScore()).isEqualByComparingTo("10");
        assertThat(score.recordedTotal()).isEqualByComparingTo("90.19");
    }

    @Test
    void valuesOutsideTheRowAreRefusedWithTheReason() {
        SelfEvalScore score = zibo5();
        assertThat(ShadowReview.problem(score, 3, d("10.5"), "多")).isEqualTo("复核得分 10.5 超过该行分值 10");
        assertThat(ShadowReview.problem(score, 0, d("11"), "执行率")).isEqualTo("复核得分 11 超过该行分值 10");
        assertThat(ShadowReview.problem(score, 3, d("-0.5"), "负")).isEqualTo("复核得分不能为负数");
        assertThat(ShadowReview.problem(score, 3, d("1.125"), "小数")).isEqualTo("复核得分最多两位小数");
        assertThat(ShadowReview.problem(score, 3, d("1.50"), " ")).isEqualTo("请填写复核理由");
        assertThat(ShadowReview.problem(score, 9, d("1"), "行")).startsWith("第 9 行不存在");
        assertThat(ShadowReview.problem(score, 3, d("1.500"), "三位但为 1.5")).isNull();
        assertThat(ShadowReview.problem(score, 3, null, "撤销")).isNull();
    }

    @Test
    void theUnitStatisticsAverageTheTablesAndCountTheBandsChanged() {
        SelfEvalScore score = zibo5();
        ShadowReview.Table same = ShadowReview.of(score, GradeScheme.standard(), List.of());
        ShadowReview.Table lowered = ShadowReview.of(score, GradeScheme.standard(), List.of(new ReviewerScore(3, d("8.5"), "a"),
                new ReviewerScore(8, d("5"), "b")));
        ShadowReview.Table raised = ShadowReview.of(score, GradeScheme.standard(), List.of(new ReviewerScore(0, d("10"), "执行率按结转后口径")));
        List<ShadowReview.UnitStatistics> units = ShadowReview.byUnit(List.of("甲局", "甲局", "乙局"), List.of(same, lowered, raised));
        assertThat(units).hasSize(2);
        ShadowReview.UnitStatistics a = units.get(0);
        // lowered: 90.19 − 1.5 − 10 = 78.69 (中, two bands down); mean (90.19 + 78.69) ÷ 2 = 84.44
        assertThat(lowered.reviewGrade()).isEqualTo("中");
        assertThat(a.tables()).isEqualTo(2);
        assertThat(a.reviewedTables()).isEqualTo(1);
        assertThat(a.selfAverage()).isEqualByComparingTo("90.19");
        assertThat(a.reviewAverage()).isEqualByComparingTo("84.44");
        assertThat(a.meanDifference()).isEqualByComparingTo("-5.75");
        assertThat(a.maxDifference()).isEqualByComparingTo("-11.50");
        assertThat(a.gradeChanged()).isEqualTo(1);
        assertThat(a.lowered()).isEqualTo(1);
        assertThat(a.maxGradeSteps()).isEqualTo(2);
        ShadowReview.UnitStatistics b = units.get(1);
        assertThat(b.reviewAverage()).isEqualByComparingTo("100.00");
        assertThat(b.meanDifference()).isEqualByComparingTo("9.81");
        assertThat(b.maxGradeSteps()).isZero();
    }
}
