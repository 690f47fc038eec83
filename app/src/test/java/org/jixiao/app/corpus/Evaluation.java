package org.jixiao.app.corpus;

import java.math.BigDecimal;
import java.util.List;

/**
 * One generated evaluation, correct in every figure: the indicator tree with weights and scores, the grade bands,
 * and the other data a report prints (projects, budget, staff, survey). What a document prints, errors included,
 * is a {@link Printed} made from it.
 */
record Evaluation(Shape shape, String subject, String place, int year, String title, String agency, String client, Node root,
                  Bands bands, List<Project> projects, List<BudgetRow> budget, BudgetRow budgetTotal, Staff staff,
                  ThreePublic threePublic, Funding funding, Survey survey) {

    String id() {
        return shape.id();
    }

    /** A project of the project table: amounts in 万元, its own evaluation score. */
    record Project(String name, BigDecimal budget, BigDecimal executed, BigDecimal score) {
        BigDecimal rate() {
            return Num.rate(executed, budget);
        }
    }

    /**
     * A row of the budget table (万元). {@code part} rows are "其中" items of the row above and are not added into the
     * total.
     */
    record BudgetRow(String label, BigDecimal initial, BigDecimal full, BigDecimal actual, boolean part) {
        BigDecimal rate() {
            return Num.rate(actual, full);
        }
    }

    /** 编制数 and 在职人数 (department evaluations). */
    record Staff(int quota, int actual) {}

    /** "三公"经费 this year and last year (万元). */
    record ThreePublic(BigDecimal thisYear, BigDecimal lastYear) {
        BigDecimal change() {
            return Num.rate(thisYear.subtract(lastYear), lastYear);
        }
    }

    /** 计划投入 and 实际到位 funds of a project or fund (万元). */
    record Funding(BigDecimal planned, BigDecimal arrived) {}

    /** Questionnaires issued and the valid answers by option: 非常满意, 满意, 基本满意, 不满意. */
    record Survey(int issued, List<Integer> counts) {
        static final List<String> OPTIONS = List.of("非常满意", "满意", "基本满意", "不满意");

        int valid() {
            return counts.stream().mapToInt(Integer::intValue).sum();
        }
    }
}
