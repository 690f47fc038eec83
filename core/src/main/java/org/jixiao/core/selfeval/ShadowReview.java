package org.jixiao.core.selfeval;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jixiao.core.grade.GradeBand;
import org.jixiao.core.grade.GradeScheme;

/**
 * The reviewer's figures beside the unit's (复核 shadow values, issue 16 item 5). A finance-bureau reviewer records a
 * 复核得分 with its reason for any row of a table: row 0 is the 预算执行率 row, rows 1…n the indicator rows in the order the
 * table prints them. The unit's figures are never changed; the 复核 of a row is the reviewer's value where one is recorded,
 * else the score the rules give (the automatic review's). Pure: no I/O.
 */
public final class ShadowReview {
    private ShadowReview() {}

    /** The row number of the 预算执行率 row; indicator rows are 1…n. */
    public static final int EXECUTION_ROW = 0;

    /** A 复核得分 the reviewer recorded for one row, with its reason. */
    public record ReviewerScore(int row, BigDecimal score, String reason) {}

    /**
     * One row, 自评 beside 复核.
     *
     * @param self       the unit's 得分 (the one its total counts: the printed one, or the computed one where it left it blank)
     * @param review     the reviewer's value where recorded, else the rules' score
     * @param byReviewer whether {@code review} is the reviewer's own value
     * @param reason     the reviewer's reason; null when not by the reviewer
     */
    public record Row(int row, String name, BigDecimal weight, BigDecimal self, BigDecimal computed, BigDecimal review, boolean byReviewer,
            String reason) {
        /** 复核 − 自评. */
        public BigDecimal difference() {
            return review.subtract(self);
        }
    }

    /**
     * A table, 自评 beside 复核.
     *
     * @param selfTotal   the unit's printed 总分, or the sum of its row scores when it left 总分 blank
     * @param selfGrade   the grade of {@code selfTotal} by the table's bands (else the standard ones)
     * @param reviewTotal Σ 复核 of the rows
     * @param reviewGrade the grade of {@code reviewTotal} by the same bands
     * @param gradeSteps  档差: how many bands the 复核等级 lies below the 自评等级 (negative: above); 0 when the same
     * @param reviewed    how many rows carry a reviewer's value
     */
    public record Table(SelfEvalScore score, List<Row> rows, BigDecimal selfTotal, String selfGrade, BigDecimal reviewTotal,
            String reviewGrade, int gradeSteps, int reviewed) {
        public Table {
            rows = List.copyOf(rows);
        }

        /** 复核 − 自评 of the total. */
        public BigDecimal difference() {
            return reviewTotal.subtract(selfTotal);
        }
    }

    /**
     * The difference statistics of one unit's tables (档差 and score differences).
     *
     * @param tables          tables of the unit
     * @param reviewedTables  tables with at least one reviewer value
     * @param selfAverage     mean 自评 total, 2 decimals half-up
     * @param reviewAverage   mean 复核 total, 2 decimals half-up
     * @param meanDifference  mean of 复核 − 自评, 2 decimals half-up
     * @param maxDifference   the difference of largest size (signed)
     * @param gradeChanged    tables whose 复核等级 differs from the 自评等级
     * @param lowered         tables whose 复核等级 is lower
     * @param maxGradeSteps   the largest 档差 (in bands, by size, signed)
     */
    public record UnitStatistics(String unit, int tables, int reviewedTables, BigDecimal selfAverage, BigDecimal reviewAverage,
            BigDecimal meanDifference, BigDecimal maxDifference, int gradeChanged, int lowered, int maxGradeSteps) {}

    /**
     * Checks a value a reviewer wants to record; the message (Chinese) when it cannot be recorded, else null.
     *
     * @param score the value; null to withdraw the reviewer's value
     */
    public static String problem(SelfEvalScore score, int row, BigDecimal value, String reason) {
        if (row < 0 || row > score.indicators().size()) {
            return "第 " + row + " 行不存在：自评表“" + score.table().project() + "”有预算执行率（第 0 行）和 " + score.indicators().size()
                    + " 个三级指标（第 1–" + score.indicators().size() + " 行）";
        }
        if (reason == null || reason.isBlank()) {
            return "请填写复核理由";
        }
        if (value == null) {
            return null;
        }
        if (value.signum() < 0) {
            return "复核得分不能为负数";
        }
        if (value.scale() > 2 && value.stripTrailingZeros().scale() > 2) {
            return "复核得分最多两位小数";
        }
        BigDecimal weight = weight(score, row);
        if (weight != null && value.compareTo(weight) > 0) {
            return "复核得分 " + value.stripTrailingZeros().toPlainString() + " 超过该行分值 " + weight.stripTrailingZeros().toPlainString();
        }
        return null;
    }

    /** The 分值 of a row; null when the table gives none. */
    public static BigDecimal weight(SelfEvalScore score, int row) {
        if (row == EXECUTION_ROW) {
            return score.table().budget().weight();
        }
        return score.indicators().get(row - 1).row().weight();
    }

    /** A table with the reviewer's values (those for rows the table does not have are ignored). */
    public static Table of(SelfEvalScore score, GradeScheme bands, List<ReviewerScore> reviewerScores) {
        Map<Integer, ReviewerScore> byRow = new LinkedHashMap<>();
        for (ReviewerScore r : reviewerScores) {
            byRow.put(r.row(), r);
        }
        List<Row> rows = new ArrayList<>(score.indicators().size() + 1);
        BudgetBlock budget = score.table().budget();
        BigDecimal executionSelf = budget.printedScore() != null ? budget.printedScore() : score.executionPoints();
        rows.add(row(EXECUTION_ROW, "预算执行率", budget.weight(), executionSelf, score.executionPoints(), byRow.get(EXECUTION_ROW)));
        for (IndicatorScore indicator : score.indicators()) {
            int n = indicator.index() + 1;
            rows.add(row(n, indicator.row().name(), indicator.row().weight(), indicator.effectiveRecorded(), indicator.computed(), byRow.get(n)));
        }
        BigDecimal selfSum = BigDecimal.ZERO;
        BigDecimal reviewTotal = BigDecimal.ZERO;
        int reviewed = 0;
        for (Row r : rows) {
            selfSum = selfSum.add(r.self());
            reviewTotal = reviewTotal.add(r.review());
            reviewed += r.byReviewer() ? 1 : 0;
        }
        BigDecimal selfTotal = score.recordedTotal() != null ? score.recordedTotal() : selfSum;
        String selfGrade = bands.gradeOf(selfTotal);
        String reviewGrade = bands.gradeOf(reviewTotal);
        int steps = rank(bands, reviewGrade) - rank(bands, selfGrade);
        return new Table(score, rows, selfTotal, selfGrade, reviewTotal, reviewGrade, steps, reviewed);
    }

    private static Row row(int n, String name, BigDecimal weight, BigDecimal self, BigDecimal computed, ReviewerScore reviewer) {
        boolean byReviewer = reviewer != null && reviewer.score() != null;
        return new Row(n, name, weight, self, computed, byReviewer ? reviewer.score() : computed, byReviewer,
                byReviewer ? reviewer.reason() : null);
    }

    private static int rank(GradeScheme bands, String grade) {
        List<GradeBand> list = bands.bands();
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).grade().equals(grade)) {
                return i;
            }
        }
        return list.size();
    }

    /** The statistics of each unit's tables, units in the order their first table comes. */
    public static List<UnitStatistics> byUnit(List<String> units, List<Table> tables) {
        if (units.size() != tables.size()) {
            throw new IllegalArgumentException("每张自评表须有所属单位");
        }
        Map<String, List<Table>> grouped = new LinkedHashMap<>();
        for (int i = 0; i < tables.size(); i++) {
            grouped.computeIfAbsent(units.get(i), u -> new ArrayList<>()).add(tables.get(i));
        }
        List<UnitStatistics> statistics = new ArrayList<>();
        grouped.forEach((unit, list) -> statistics.add(statistics(unit, list)));
        return statistics;
    }

    static UnitStatistics statistics(String unit, List<Table> tables) {
        BigDecimal self = BigDecimal.ZERO;
        BigDecimal review = BigDecimal.ZERO;
        BigDecimal max = BigDecimal.ZERO;
        int reviewedTables = 0;
        int changed = 0;
        int lowered = 0;
        int maxSteps = 0;
        for (Table t : tables) {
            self = self.add(t.selfTotal());
            review = review.add(t.reviewTotal());
            BigDecimal difference = t.difference();
            if (difference.abs().compareTo(max.abs()) > 0) {
                max = difference;
            }
            reviewedTables += t.reviewed() > 0 ? 1 : 0;
            changed += t.gradeSteps() != 0 ? 1 : 0;
            lowered += t.gradeSteps() > 0 ? 1 : 0;
            if (Math.abs(t.gradeSteps()) > Math.abs(maxSteps)) {
                maxSteps = t.gradeSteps();
            }
        }
        BigDecimal n = BigDecimal.valueOf(tables.size());
        BigDecimal selfAverage = self.divide(n, 2, RoundingMode.HALF_UP);
        BigDecimal reviewAverage = review.divide(n, 2, RoundingMode.HALF_UP);
        BigDecimal meanDifference = review.subtract(self).divide(n, 2, RoundingMode.HALF_UP);
        return new UnitStatistics(unit, tables.size(), reviewedTables, selfAverage, reviewAverage, meanDifference,
                max.setScale(2, RoundingMode.HALF_UP), changed, lowered, maxSteps);
    }
}
