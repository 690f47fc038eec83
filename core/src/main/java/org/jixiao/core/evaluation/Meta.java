package org.jixiao.core.evaluation;

import java.util.List;
import java.util.Objects;

/**
 * Who evaluated whom, for which year.
 *
 * @param departmentShort the short name used in running text (区经发局)
 * @param subject         部门整体, 项目支出 or 政策/专项资金
 * @param client          委托单位
 * @param agency          评价机构
 * @param reviewers       the three-level review sign-off, 一级 first
 */
public record Meta(
        String title,
        String department,
        String departmentShort,
        int year,
        String subject,
        String client,
        String agency,
        String reportNo,
        String reportDate,
        List<TeamMember> team,
        List<String> reviewers) {

    public Meta {
        Objects.requireNonNull(department, "department");
        team = team == null ? List.of() : List.copyOf(team);
        reviewers = reviewers == null ? List.of() : List.copyOf(reviewers);
        subject = subject == null ? "部门整体" : subject;
    }

    public static Meta of(String department, int year) {
        return new Meta(null, department, null, year, null, null, null, null, null, List.of(), List.of());
    }

    /** The report title, composed when the dataset gives none. */
    public String displayTitle() {
        return title != null ? title : department + year + "年度" + subject + "绩效评价报告";
    }

    /** 姓名, 职称/职务, 任务分工. */
    public record TeamMember(String name, String title, String role) {}
}
