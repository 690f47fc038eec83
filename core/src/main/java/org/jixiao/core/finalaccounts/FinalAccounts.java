package org.jixiao.core.finalaccounts;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One department's yearly final-accounts disclosure (部门决算公开): the nine tables, the previous year's figures, the
 * non-table facts and the unit's stated reasons. Every number of the 情况说明 is computed from this.
 *
 * @param general       table 5 (with each 项's 年初预算数 in {@code initialBudgets})
 * @param itemReasons   the unit's reason per table-5 项 code (why 决算 differs from 年初预算)
 * @param reasons       the unit's reasons by key of {@link ReasonKey}
 */
public record FinalAccounts(Meta meta, SubjectCatalogue subjects, Summary summary, FunctionTable income,
        FunctionTable expenditure, FiscalSummary fiscal, FunctionTable general, Map<String, java.math.BigDecimal> initialBudgets,
        Map<String, String> itemReasons, BasicDetail basicDetail, FunctionTable governmentFund, FunctionTable stateCapital,
        ThreePublic threePublic, PriorYear prior, Facts.OfficeRunning officeRunning, Facts.Procurement procurement,
        Facts.Assets assets, Facts.Performance performance, Map<ReasonKey, String> reasons) {

    public FinalAccounts {
        Objects.requireNonNull(meta, "meta");
        Objects.requireNonNull(subjects, "subjects");
        Objects.requireNonNull(prior, "prior");
        initialBudgets = Collections.unmodifiableMap(new LinkedHashMap<>(initialBudgets));
        itemReasons = Collections.unmodifiableMap(new LinkedHashMap<>(itemReasons));
        reasons = Collections.unmodifiableMap(new LinkedHashMap<>(reasons));
    }

    /**
     * @param department      the full name (淄博高新技术产业开发区工业信息化和商务局)
     * @param departmentShort the name used in running text (工业信息化和商务局)
     * @param year            the budget year; the comparisons are with {@code year − 1}
     */
    public record Meta(String department, String departmentShort, int year) {
        public int priorYear() {
            return year - 1;
        }
    }

    /** Where a reason of the unit goes in the 情况说明. */
    public enum ReasonKey {
        GRAND_TOTAL("收、支总计变动原因（第一部分）"),
        FISCAL_INCOME("财政拨款收入变动原因（第二部分）"),
        FISCAL_GRAND_TOTAL("财政拨款收、支总计变动原因（第四部分）"),
        GENERAL_PUBLIC("一般公共预算财政拨款支出变动原因（第五部分（一））"),
        GENERAL_PUBLIC_VS_INITIAL("一般公共预算财政拨款支出决算数与年初预算数差异原因（第五部分（三））"),
        THREE_PUBLIC("“三公”经费决算数与预算数差异原因（第九部分）"),
        OFFICE_RUNNING("机关运行经费与年初预算差异原因（第十部分）");

        private final String description;

        ReasonKey(String description) {
            this.description = description;
        }

        public String description() {
            return description;
        }
    }
}
