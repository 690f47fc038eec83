package org.jixiao.app.server.audit;

/** What kind of change an audit entry records. */
public enum AuditAction {
    CREATE("新建评价"),
    EDIT_INDICATOR("修改指标"),
    SCORE_CHANGE("得分变化"),
    STAGE_CHANGE("阶段变更"),
    SIGN_OFF("审核签字"),
    SIGN_OFFS_CLEARED("审核签字作废"),
    SELFEVAL_UPLOAD("上传自评表"),
    SELFEVAL_DELETE("删除自评批次"),
    SELFEVAL_REVIEW_SCORE("记录复核得分"),
    ACCOUNTS_UPLOAD("上传决算数据"),
    ACCOUNTS_REPLACE("替换决算数据"),
    DOCUMENT_REVIEW_UPLOAD("上传复核报告"),
    DOCUMENT_REVIEW_RERUN("重新复核"),
    DOCUMENT_REVIEW_DELETE("删除复核报告"),
    EDIT_PROSE("修改评价结论"),
    EDIT_META("修改基本信息"),
    EDIT_TARGET("修改绩效目标"),
    EDIT_FACTS("修改预算数据"),
    ORGANISATION_CREATE("登记组织"),
    ORGANISATION_CHANGE("修改组织"),
    USER_CREATE("新建用户"),
    USER_CHANGE("修改用户"),
    PASSWORD_CHANGE("修改本人密码"),
    INDICATOR_SYSTEM_CHANGE("修改指标体系"),
    ACCESS_DENIED("拒绝访问");

    private final String label;

    AuditAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
