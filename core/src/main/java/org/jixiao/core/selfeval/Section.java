package org.jixiao.core.selfeval;

import java.math.BigDecimal;

/**
 * A group of indicator rows with a weight or a subtotal printed for it: an 一级 label with its points
 * ("产出指标（50分）", "决策（20分）"), a 小计 row, or the 绩效指标（90分）block of the Sichuan table.
 *
 * @param name          the label as printed, without the points
 * @param printedWeight the points printed in the label or in the section's 分值 cell; null when none
 * @param printedScore  the section's 得分 (小计) as printed; null when none
 * @param first         index of the first indicator row of the section
 * @param end           index after its last indicator row
 * @param where         where the label or the 小计 is, for findings
 */
public record Section(String name, BigDecimal printedWeight, BigDecimal printedScore, int first, int end, String where) {}
