package org.jixiao.core.selfeval;

/**
 * The fields of a self-evaluation table that a finding can point at; a {@link CellLocator} turns them into cells. The
 * budget fields take the index of a 其中 row (0-based) or -1 for the 年度资金总额 row; SECTION takes the index of a
 * {@link Section}; the INDICATOR_* fields the index of an indicator row.
 */
public enum Field {
    PROJECT, DEPARTMENT, IMPLEMENTER,
    INITIAL, ANNUAL, EXECUTED, EXECUTION_WEIGHT, EXECUTION_RATE, EXECUTION_SCORE,
    GOAL_EXPECTED, GOAL_ACHIEVED, TOTAL, EXPLANATION, GRADE, WEIGHT_TOTAL, SECTION,
    INDICATOR_LEVEL1, INDICATOR_LEVEL2, INDICATOR_NAME, INDICATOR_TARGET, INDICATOR_ACTUAL, INDICATOR_WEIGHT,
    INDICATOR_SCORE, INDICATOR_DEVIATION
}
