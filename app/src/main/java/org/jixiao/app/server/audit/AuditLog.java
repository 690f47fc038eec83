package org.jixiao.app.server.audit;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;

import org.jixiao.app.server.organisation.OrganisationRepository;
import org.jixiao.app.server.security.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The audit trail. Entries are only ever added, in the same transaction as the change they record. */
@Repository
public class AuditLog {
    private final JdbcClient jdbc;
    private final Clock clock;

    AuditLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public void record(CurrentUser user, long evaluationId, AuditAction action, String field, String oldValue, String newValue,
            String reason) {
        jdbc.sql("INSERT INTO audit_log (occurred_at, user_id, username, evaluation_id, action, field, old_value, new_value, reason)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(clock.instant().atOffset(ZoneOffset.UTC), user == null ? null : user.id(),
                        user == null ? "system" : user.username(), evaluationId, action.name(), field, oldValue, newValue, reason)
                .update();
    }

    /** An entry about a self-evaluation batch (upload, delete): {@code newValue} names the files or the batch. */
    public void recordSelfEval(CurrentUser user, long batchId, AuditAction action, String newValue, String reason) {
        jdbc.sql("INSERT INTO audit_log (occurred_at, user_id, username, selfeval_batch_id, action, new_value, reason)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(clock.instant().atOffset(ZoneOffset.UTC), user.id(), user.username(), batchId, action.name(), newValue, reason)
                .update();
    }

    /** An upload or replacement of a final-accounts disclosure (部门决算公开). */
    public void recordAccounts(CurrentUser user, long accountsId, AuditAction action, String oldValue, String newValue, String reason) {
        jdbc.sql("INSERT INTO audit_log (occurred_at, user_id, username, final_accounts_id, action, field, old_value, new_value, reason)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(clock.instant().atOffset(ZoneOffset.UTC), user == null ? null : user.id(),
                        user == null ? "system" : user.username(), accountsId, action.name(), "dataset", oldValue, newValue, reason)
                .update();
    }

    /** The entries of one final-accounts disclosure, oldest first. */
    public List<AuditEntry> forAccounts(long accountsId) {
        return jdbc.sql("SELECT * FROM audit_log WHERE final_accounts_id = ? ORDER BY id").param(accountsId).query(AuditLog::map).list();
    }

    private static AuditEntry map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        long user = rs.getLong("user_id");
        Long userId = rs.wasNull() ? null : user;
        long evaluation = rs.getLong("evaluation_id");
        Long evaluationId = rs.wasNull() ? null : evaluation;
        return new AuditEntry(rs.getLong("id"), OrganisationRepository.instant(rs, "occurred_at"), userId, rs.getString("username"),
                evaluationId, AuditAction.valueOf(rs.getString("action")), rs.getString("field"), rs.getString("old_value"),
                rs.getString("new_value"), rs.getString("reason"));
    }

    /** An entry about a reviewed document (复核报告): its upload, a 重新复核 (old and new counts), its deletion. */
    public void recordDocumentReview(CurrentUser user, long reviewId, AuditAction action, String oldValue, String newValue, String reason) {
        jdbc.sql("INSERT INTO audit_log (occurred_at, user_id, username, document_review_id, action, field, old_value, new_value, reason)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(clock.instant().atOffset(ZoneOffset.UTC), user.id(), user.username(), reviewId, action.name(), "review",
                        oldValue, newValue, reason)
                .update();
    }

    /** The entries of one reviewed document, oldest first (they outlive the document: no foreign key). */
    public List<AuditEntry> forDocumentReview(long reviewId) {
        return jdbc.sql("SELECT * FROM audit_log WHERE document_review_id = ? ORDER BY id").param(reviewId).query(AuditLog::map).list();
    }

    /** An administration change (organisations, users): no evaluation. */
    public void recordAdministration(CurrentUser user, AuditAction action, String field, String oldValue, String newValue, String reason) {
        jdbc.sql("INSERT INTO audit_log (occurred_at, user_id, username, evaluation_id, action, field, old_value, new_value, reason)"
                        + " VALUES (?, ?, ?, NULL, ?, ?, ?, ?, ?)")
                .params(clock.instant().atOffset(ZoneOffset.UTC), user == null ? null : user.id(),
                        user == null ? "system" : user.username(), action.name(), field, oldValue, newValue, reason)
                .update();
    }

    /** The administration entries (organisations, users), newest first, at most {@code limit}. */
    public List<AuditEntry> administration(int limit) {
        return jdbc.sql("SELECT * FROM audit_log WHERE action IN ('ORGANISATION_CREATE', 'ORGANISATION_CHANGE', 'USER_CREATE',"
                        + " 'USER_CHANGE') ORDER BY id DESC LIMIT ?").param(limit)
                .query(AuditLog::map).list();
    }

    /** Oldest first. */
    public List<AuditEntry> forEvaluation(long evaluationId) {
        return jdbc.sql("SELECT * FROM audit_log WHERE evaluation_id = ? ORDER BY id").param(evaluationId)
                .query(AuditLog::map).list();
    }
}
