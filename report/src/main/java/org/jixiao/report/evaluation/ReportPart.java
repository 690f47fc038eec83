package org.jixiao.report.evaluation;

import java.util.Arrays;
import java.util.Optional;

/**
 * The parts of a department evaluation report (domain §7), each a block tag in the template ({@code {{conclusion}}}).
 * Chapters are numbered 一、二、… in the order the template places them; annexes are numbered separately.
 */
public enum ReportPart {
    SUMMARY("summary", "摘要", Kind.UNNUMBERED),
    BASIC_INFO("basic_info", "部门基本情况", Kind.CHAPTER),
    EVALUATION_INFO("evaluation_info", "评价基本情况", Kind.CHAPTER),
    CONCLUSION("conclusion", "综合评价结论", Kind.CHAPTER),
    INDICATOR_ANALYSIS("indicator_analysis", "评价指标分析", Kind.CHAPTER),
    ACHIEVEMENTS("achievements", "主要成效", Kind.CHAPTER),
    PROBLEMS("problems", "存在的问题及原因分析", Kind.CHAPTER),
    SUGGESTIONS("suggestions", "意见建议", Kind.CHAPTER),
    ANNEX_SCORES("annex_scores", "得分表", Kind.ANNEX),
    ANNEX_TARGETS("annex_targets", "目标完成情况对比表", Kind.ANNEX);

    enum Kind { UNNUMBERED, CHAPTER, ANNEX }

    private final String tag;
    private final String title;
    private final Kind kind;

    ReportPart(String tag, String title, Kind kind) {
        this.tag = tag;
        this.title = title;
        this.kind = kind;
    }

    /** The template tag name. */
    public String tag() {
        return tag;
    }

    public String title() {
        return title;
    }

    Kind kind() {
        return kind;
    }

    public static Optional<ReportPart> fromTag(String tag) {
        return Arrays.stream(values()).filter(p -> p.tag.equals(tag)).findFirst();
    }
}
