package org.jixiao.core.review;

/** How serious a review finding is (domain §10). */
public enum Severity {
    /** The document is wrong: an identity or a computation does not hold. */
    ERROR("错误"),
    /** The document may be right, but a reviewer asks why (far beyond plan, low execution with full marks …). */
    WARNING("警告"),
    /** Worth knowing, not a problem: e.g. a difference of one unit in the last printed digit (rounding). */
    INFO("提示");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
