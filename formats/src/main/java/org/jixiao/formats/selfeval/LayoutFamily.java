package org.jixiao.formats.selfeval;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.jixiao.core.selfeval.ExecutionRule;

/**
 * One layout family of the self-evaluation table, read from its file (layouts/*.yaml): the words of its labels, column
 * headers and budget rows, and the rules of its framework. The reader is the same for every family; a new region's
 * form is a new file.
 *
 * @param name            the family's name as reported (项目支出绩效自评表（财预〔2020〕10号）)
 * @param order           families are tried by ascending order
 * @param signature       words that must all appear in a table for this family to read it
 * @param excludes        words that must not appear
 * @param labels          label words by field (project, department, implementer, goalExpected, goalAchieved, total,
 *                        subtotal, grade, explanation, ignore)
 * @param budgetColumns   budget block column words by role (initial, annual, executed, weight, rate, score)
 * @param totalRows       labels of the 年度资金总额 row
 * @param partRows        labels of the 其中 rows
 * @param columns         indicator column words by role (level1, level2, name, nature, target, unit, actual, weight, score,
 *                        deviation)
 * @param generic         leftmost labels that group all indicator rows and mean nothing (年度绩效指标)
 * @param rule            how the execution rate scores
 * @param executionWeight its 分值 when the table prints none
 * @param totalExpected   execution 分值 + Σ indicator 分值
 * @param criteriaOnly    rows are scored by criteria, not against a 年度指标值: nothing to recompute per row
 */
record LayoutFamily(String file, String name, int order, List<String> signature, List<String> excludes, Map<String, List<String>> labels,
        Map<String, List<String>> budgetColumns, List<String> totalRows, List<String> partRows, Map<String, List<String>> columns,
        List<String> generic, ExecutionRule rule, BigDecimal executionWeight, BigDecimal totalExpected, boolean criteriaOnly) {

    List<String> label(String field) {
        return labels.getOrDefault(field, List.of());
    }

    /** True when a table fits this family; {@code has} tells whether the table holds a word (see {@link Words#key}). */
    boolean fits(java.util.function.Predicate<String> has) {
        for (String word : signature) {
            if (!has.test(word)) {
                return false;
            }
        }
        for (String word : excludes) {
            if (has.test(word)) {
                return false;
            }
        }
        return true;
    }
}
