package org.jixiao.core.selfeval;

import java.math.BigDecimal;

/**
 * One row of the 自评汇总表 (序号, 项目名称, 自评得分, 自评等级) as printed.
 *
 * @param scoreCell the cell of 自评得分, gradeCell the cell of 自评等级 (for findings)
 */
public record SummaryRow(int seq, String project, BigDecimal score, String grade, String workbook, String sheet,
        String scoreCell, String gradeCell) {
}
