package org.jixiao.app.server.workflow;

import java.util.Arrays;
import java.util.Optional;

/**
 * The stages of an evaluation (domain §2). Editing is possible up to 三级审核 and locked from 已提交 on. Who may move an
 * evaluation from one stage to another, and sign which level of the 三级审核, is decided by the access policy
 * ({@code org.jixiao.app.server.security.AccessPolicy}).
 */
public enum Stage {
    PREPARATION("前期准备"),
    IMPLEMENTATION("评价实施"),
    DRAFTING("报告撰写"),
    CONSULTATION("征求意见"),
    REVIEW("三级审核"),
    SUBMITTED("已提交"),
    ARCHIVED("归档");

    private final String label;

    Stage(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean editable() {
        return compareTo(SUBMITTED) < 0;
    }

    public Optional<Stage> next() {
        return this == ARCHIVED ? Optional.empty() : Optional.of(values()[ordinal() + 1]);
    }

    /** The name of a level of the 三级审核: 一级审核, 二级审核, 三级审核. */
    public static String reviewLevelLabel(int level) {
        return switch (level) {
            case 1 -> "一级审核";
            case 2 -> "二级审核";
            case 3 -> "三级审核";
            default -> level + "级审核";
        };
    }

    /** Accepts the code ({@code REVIEW}) or the Chinese name ({@code 三级审核}). */
    public static Optional<Stage> parse(String text) {
        return Arrays.stream(values()).filter(s -> s.name().equalsIgnoreCase(text) || s.label.equals(text)).findFirst();
    }
}
