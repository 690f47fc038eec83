package org.jixiao.core.finalaccounts;

/**
 * A column of a table, by a stable English key and its printed Chinese heading.
 *
 * @param key   the key used in datasets and workbooks ({@code basic})
 * @param label the heading as the published table prints it ({@code 基本支出})
 */
public record Column(String key, String label) {}
