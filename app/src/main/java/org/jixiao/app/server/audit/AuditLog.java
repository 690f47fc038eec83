package org.jixiao.app.server.audit;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.jixiao.app.auditchain.AuditChain;
import org.jixiao.app.auditchain.AuditChain.Content;
import org.jixiao.app.server.organisation.OrganisationRepository;
import org.jixiao.app.server.security.CurrentUser;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit trail. Entries are only ever added, in the same transaction as the change they record, at the end of a
 * hash chain ({@link AuditChain}). Within a transaction they are collected and appended just before it commits, so that
 * the chain's head is locked only for that moment; a refusal ({@link #recordRefusal}) is written after the request's
 * transaction ends, in one of its own, because the refused request's own work is rolled back.
 */
@Repository
public class AuditLog {
    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final DataSource dataSource;
    private final Clock clock;
    private final TransactionTemplate own;

    AuditLog(JdbcClient jdbc, JdbcTemplate template, DataSource dataSource, Clock clock, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.template = template;
        this.dataSource = dataSource;
        this.clock = clock;
        this.own = new TransactionTemplate(transactions);
        this.own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    public void record(CurrentUser user, long evaluationId, AuditAction action, String field, String oldValue, String newValue,
            String reason) {
        write(content(user, action, field, oldValue, newValue, reason, evaluationId, null, null, null));
    }

    /** An entry about a self-evaluation batch (upload, delete): {@code newValue} names the files or the batch. */
    public void recordSelfEval(CurrentUser user, long batchId, AuditAction action, String newValue, String reason) {
        write(content(user, action, null, null, newValue, reason, null, batchId, null, null));
    }

    /** A reviewer's 复核得分 of a table row recorded, changed or withdrawn: {@code field} names table and row. */
    public void recordSelfEvalReview(CurrentUser user, long batchId, String field, String oldValue, String newValue, String reason) {
        write(content(user, AuditAction.SELFEVAL_REVIEW_SCORE, field, oldValue, newValue, reason, null, batchId, null, null));
    }

    /** The entries of one self-evaluation batch, oldest first (they outlive the batch: no foreign key). */
    public List<AuditEntry> forSelfEvalBatch(long batchId) {
        return jdbc.sql("SELECT * FROM audit_log WHERE selfeval_batch_id = ? ORDER BY id").param(batchId).query(AuditLog::map).list();
    }

    /** An upload or replacement of a final-accounts disclosure (部门决算公开). */
    public void recordAccounts(CurrentUser user, long accountsId, AuditAction action, String oldValue, String newValue, String reason) {
        write(content(user, action, "dataset", oldValue, newValue, reason, null, null, accountsId, null));
    }

    /** An entry about a reviewed document (复核报告): its upload, a 重新复核 (old and new counts), its deletion. */
    public void recordDocumentReview(CurrentUser user, long reviewId, AuditAction action, String oldValue, String newValue, String reason) {
        write(content(user, action, "review", oldValue, newValue, reason, null, null, null, reviewId));
    }

    /** An administration change (organisations, users, passwords): no evaluation. */
    public void recordAdministration(CurrentUser user, AuditAction action, String field, String oldValue, String newValue, String reason) {
        write(content(user, action, field, oldValue, newValue, reason, null, null, null, null));
    }

    /**
     * A request the access policy refused: who, what ({@code target}, e.g. {@code evaluation/12}), the action asked for and
     * why it was refused. Kept even though the request's transaction is rolled back.
     */
    public void recordRefusal(CurrentUser user, String target, String requested, String why) {
        Content entry = content(user, AuditAction.ACCESS_DENIED, target, null, requested, why, null, null, null, null);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    appendInOwnTransaction(List.of(entry));
                }
            });
        } else {
            appendInOwnTransaction(List.of(entry));
        }
    }

    private Content content(CurrentUser user, AuditAction action, String field, String oldValue, String newValue, String reason,
            Long evaluationId, Long batchId, Long accountsId, Long reviewId) {
        return new Content(clock.instant(), user == null ? null : user.id(), user == null ? "system" : user.username(), evaluationId,
                batchId, accountsId, reviewId, action.name(), field, oldValue, newValue, reason);
    }

    // ---------------------------------------------------------------- writing

    /** The entries collected in the current transaction, appended to the chain just before it commits. */
    private static final class Pending implements TransactionSynchronization {
        final List<Content> entries = new ArrayList<>();
        final AuditLog log;

        Pending(AuditLog log) {
            this.log = log;
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            log.append(entries);
        }
    }

    private void write(Content entry) {
        if (TransactionSynchronizationManager.isActualTransactionActive() && TransactionSynchronizationManager.isSynchronizationActive()) {
            // the synchronizations are those of the current transaction (an inner, suspending one has its own)
            Pending pending = TransactionSynchronizationManager.getSynchronizations().stream()
                    .filter(s -> s instanceof Pending p && p.log == this).map(Pending.class::cast).findFirst().orElse(null);
            if (pending == null) {
                pending = new Pending(this);
                TransactionSynchronizationManager.registerSynchronization(pending);
            }
            pending.entries.add(entry);
        } else {
            appendInOwnTransaction(List.of(entry));
        }
    }

    private void appendInOwnTransaction(List<Content> entries) {
        own.executeWithoutResult(status -> append(entries));
    }

    private void append(List<Content> entries) {
        template.execute((ConnectionCallback<Void>) connection -> {
            AuditChain.append(connection, entries);
            return null;
        });
    }

    // ---------------------------------------------------------------- reading

    /** Checks the whole chain (read in a transaction of its own, on one connection, streamed rather than loaded whole). */
    public AuditChain.Verification verify() {
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                return AuditChain.verify(connection);
            } finally {
                connection.rollback();
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("无法读取操作日志：" + e.getMessage(), e);
        }
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

    /** The entries of one reviewed document, oldest first (they outlive the document: no foreign key). */
    public List<AuditEntry> forDocumentReview(long reviewId) {
        return jdbc.sql("SELECT * FROM audit_log WHERE document_review_id = ? ORDER BY id").param(reviewId).query(AuditLog::map).list();
    }

    /** The administration entries (organisations, users, passwords), newest first, at most {@code limit}. */
    public List<AuditEntry> administration(int limit) {
        return jdbc.sql("SELECT * FROM audit_log WHERE action IN ('ORGANISATION_CREATE', 'ORGANISATION_CHANGE', 'USER_CREATE',"
                        + " 'USER_CHANGE', 'PASSWORD_CHANGE') ORDER BY id DESC LIMIT ?").param(limit)
                .query(AuditLog::map).list();
    }

    /** The refused requests, newest first, at most {@code limit}. */
    public List<AuditEntry> refusals(int limit) {
        return jdbc.sql("SELECT * FROM audit_log WHERE action = 'ACCESS_DENIED' ORDER BY id DESC LIMIT ?").param(limit)
                .query(AuditLog::map).list();
    }

    /** Oldest first. */
    public List<AuditEntry> forEvaluation(long evaluationId) {
        return jdbc.sql("SELECT * FROM audit_log WHERE evaluation_id = ? ORDER BY id").param(evaluationId)
                .query(AuditLog::map).list();
    }
}
