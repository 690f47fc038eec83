package org.jixiao.core.finalaccounts;

import java.math.BigDecimal;

/**
 * One row of table 6 by 支出经济分类 (30101 基本工资, 30201 办公费 …).
 *
 * @param personnel true for 人员经费 (工资福利支出 301, 对个人和家庭的补助 303), false for 公用经费 (302, 310 …)
 */
public record EconomicRow(String code, String name, BigDecimal amount, boolean personnel) {

    /** The conventional split: 301 and 303 are 人员经费, everything else in 基本支出 is 公用经费. */
    public static boolean isPersonnelCode(String code) {
        return code.startsWith("301") || code.startsWith("303");
    }
}
