package org.jixiao.app.server.security;

import java.util.Arrays;
import java.util.Optional;

/** The roles of domain §1, each with the name users see. */
public enum Role {
    ADMIN("系统管理员"),
    FINANCE_REVIEWER("财政局审核"),
    AGENCY_EVALUATOR("评价机构评价人员"),
    AGENCY_QUALITY_REVIEWER("评价机构质量审核"),
    DEPARTMENT_USER("部门用户");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isAgency() {
        return this == AGENCY_EVALUATOR || this == AGENCY_QUALITY_REVIEWER;
    }

    /** Accepts the code ({@code ADMIN}) or the Chinese name ({@code 系统管理员}). */
    public static Optional<Role> parse(String text) {
        return Arrays.stream(values()).filter(r -> r.name().equalsIgnoreCase(text) || r.label.equals(text)).findFirst();
    }
}
