package org.jixiao.app.server.evaluation;

import java.util.Arrays;
import java.util.Optional;

/** The stages of an evaluation (domain §2). Editing is possible up to 三级审核 and locked from 已提交 on. */
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

    /** Accepts the code ({@code REVIEW}) or the Chinese name ({@code 三级审核}). */
    public static Optional<Stage> parse(String text) {
        return Arrays.stream(values()).filter(s -> s.name().equalsIgnoreCase(text) || s.label.equals(text)).findFirst();
    }
}
