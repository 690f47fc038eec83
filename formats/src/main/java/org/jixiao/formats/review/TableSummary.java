package org.jixiao.formats.review;

import org.jixiao.core.review.Where;

/**
 * One table of a reviewed document as the review understood it.
 *
 * @param index   the how-many-th table of the document (1-based)
 * @param where   where it starts
 * @param caption its caption ("表7：管理效率指标得分情况"), null when it has none
 * @param role    what the review took it for, in Chinese (得分表, 数据表, 重复的得分表, 未使用 …)
 * @param rows    printed rows, header included
 * @param columns grid columns
 */
public record TableSummary(int index, Where where, String caption, String role, int rows, int columns) {}
