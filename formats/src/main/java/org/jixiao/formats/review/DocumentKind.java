package org.jixiao.formats.review;

/** What a reviewed document is, as recognised from its content (never from its file name alone). */
public enum DocumentKind {
    EVALUATION_REPORT("绩效评价报告"),
    SELF_EVALUATION("项目支出绩效自评表"),
    FINAL_ACCOUNTS("部门决算公开"),
    BUDGET("部门预算公开"),
    UNKNOWN("未识别");

    private final String label;

    DocumentKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
