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
    ACCOUNTS_UPLOAD("上传决算数据"),
    ACCOUNTS_REPLACE("替换决算数据");

    private final String label;

    AuditAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
