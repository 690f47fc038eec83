package org.jixiao.core.disclosure;

import java.util.LinkedHashMap;
import java.util.Map;

/** The rules of the disclosure review by their codes, in the words a reviewer uses (for summaries and workbooks). */
public final class DisclosureRules {
    private static final Map<String, String> LABELS = new LinkedHashMap<>();

    static {
        LABELS.put(TableIdentities.BALANCE, "收支总表的平衡与合计");
        LABELS.put(TableIdentities.TOTAL, "合计 = 各类之和");
        LABELS.put(TableIdentities.HIERARCHY, "类 = Σ款，款 = Σ项");
        LABELS.put(TableIdentities.ROW, "行内合计 = 各列之和");
        LABELS.put(TableIdentities.CROSS, "各表间同一数字");
        LABELS.put(TableIdentities.PRIOR, "上年数与增减");
        LABELS.put(ExplanationCheck.AMOUNT, "情况说明的金额");
        LABELS.put(ExplanationCheck.PERCENT, "情况说明的百分比");
        LABELS.put(ExplanationCheck.WORD, "情况说明的比较用词");
    }

    private DisclosureRules() {}

    /** The rule's name in Chinese; the code itself for a rule of another review. */
    public static String label(String code) {
        return LABELS.getOrDefault(code, code);
    }

    /** Every rule of the disclosure review, in the order of the summaries. */
    public static Map<String, String> all() {
        return java.util.Collections.unmodifiableMap(LABELS);
    }
}
