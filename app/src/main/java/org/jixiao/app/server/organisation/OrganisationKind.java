package org.jixiao.app.server.organisation;

import java.util.Arrays;
import java.util.Optional;

/** The three kinds of organisation that take part in an evaluation. */
public enum OrganisationKind {
    FINANCE_BUREAU("财政局"),
    AGENCY("评价机构"),
    DEPARTMENT("部门");

    private final String label;

    OrganisationKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Accepts the code ({@code DEPARTMENT}) or the Chinese name ({@code 部门}). */
    public static Optional<OrganisationKind> parse(String text) {
        return Arrays.stream(values()).filter(k -> k.name().equalsIgnoreCase(text) || k.label.equals(text)).findFirst();
    }
}
