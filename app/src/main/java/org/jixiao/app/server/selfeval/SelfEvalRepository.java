package org.jixiao.app.server.selfeval;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.jixiao.app.server.organisation.OrganisationRepository;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Self-evaluation batches, their workbooks (as uploaded) and the index of their tables. */
@Repository
public class SelfEvalRepository {
    private final JdbcClient jdbc;

    SelfEvalRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A batch as stored. */
    public record BatchRow(long id, String name, int year, long financeBureauId, Long createdBy, Instant createdAt) {}

    /** A workbook of a batch, without its bytes. */
    public record WorkbookRow(long id, long batchId, int seq, String fileName) {}

    /** One table of a batch: where it is read from and which unit it belongs to. */
    public record TableRow(long id, long batchId, long workbookId, int seq, String sheet, String project, String department,
            String implementer, Long departmentId) {
        /** The identity of a project within a batch, as {@code SelfEvalTable.key()}: 项目名称 and 实施单位. */
        public String key() {
            return project.strip() + "｜" + implementer.strip();
        }
    }

    public Optional<BatchRow> findBatch(long id) {
        return jdbc.sql("SELECT * FROM selfeval_batch WHERE id = ?").param(id).query(SelfEvalRepository::batch).optional();
    }

    /**
     * The batches a user may see: all ({@code bureauId} and {@code departmentId} null), those of a finance bureau, or
     * those holding at least one table of a unit.
     */
    public List<BatchRow> findBatches(Long bureauId, Long departmentId, Integer year) {
        StringBuilder sql = new StringBuilder("SELECT b.* FROM selfeval_batch b WHERE 1 = 1");
        java.util.List<Object> params = new java.util.ArrayList<>();
        if (bureauId != null) {
            sql.append(" AND b.finance_bureau_id = ?");
            params.add(bureauId);
        }
        if (departmentId != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM selfeval_table t WHERE t.batch_id = b.id AND t.department_id = ?)");
            params.add(departmentId);
        }
        if (year != null) {
            sql.append(" AND b.budget_year = ?");
            params.add(year);
        }
        sql.append(" ORDER BY b.budget_year DESC, b.id DESC");
        return jdbc.sql(sql.toString()).params(params).query(SelfEvalRepository::batch).list();
    }

    public List<WorkbookRow> workbooks(long batchId) {
        return jdbc.sql("SELECT id, batch_id, seq, file_name FROM selfeval_workbook WHERE batch_id = ? ORDER BY seq").param(batchId)
                .query((rs, n) -> new WorkbookRow(rs.getLong("id"), rs.getLong("batch_id"), rs.getInt("seq"), rs.getString("file_name")))
                .list();
    }

    public byte[] content(long workbookId) {
        return jdbc.sql("SELECT content FROM selfeval_workbook WHERE id = ?").param(workbookId).query((rs, n) -> rs.getBytes(1)).single();
    }

    public List<TableRow> tables(long batchId) {
        return jdbc.sql("SELECT * FROM selfeval_table WHERE batch_id = ? ORDER BY seq").param(batchId).query(SelfEvalRepository::table)
                .list();
    }

    public long insertBatch(String name, int year, long financeBureauId, long userId, Instant now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO selfeval_batch (name, budget_year, finance_bureau_id, created_by, created_at) VALUES (?, ?, ?, ?, ?)")
                .params(name, year, financeBureauId, userId, now.atOffset(ZoneOffset.UTC))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    public long insertWorkbook(long batchId, int seq, String fileName, byte[] content) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO selfeval_workbook (batch_id, seq, file_name, content) VALUES (?, ?, ?, ?)")
                .params(batchId, seq, fileName, content)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    public void insertTable(long batchId, long workbookId, int seq, String sheet, String project, String department, String implementer,
            Long departmentId) {
        jdbc.sql("INSERT INTO selfeval_table (batch_id, workbook_id, seq, sheet, project, department, implementer, department_id)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(batchId, workbookId, seq, sheet, project, department, implementer, departmentId)
                .update();
    }

    /** A reviewer's 复核得分 as stored: row 0 is the 预算执行率 row, 1…n the indicator rows. */
    public record ReviewScoreRow(long tableId, int row, BigDecimal score, String reason, Long updatedBy, Instant updatedAt) {}

    public List<ReviewScoreRow> reviewScores(long batchId) {
        return jdbc.sql("SELECT * FROM selfeval_review_score WHERE batch_id = ? ORDER BY table_id, row_no").param(batchId)
                .query(SelfEvalRepository::reviewScore).list();
    }

    public Optional<ReviewScoreRow> reviewScore(long tableId, int row) {
        return jdbc.sql("SELECT * FROM selfeval_review_score WHERE table_id = ? AND row_no = ?").params(tableId, row)
                .query(SelfEvalRepository::reviewScore).optional();
    }

    /** Records (or replaces) the reviewer's value of a row. */
    public void saveReviewScore(long batchId, long tableId, int row, BigDecimal score, String reason, long userId, Instant now) {
        int updated = jdbc.sql("UPDATE selfeval_review_score SET score = ?, reason = ?, updated_by = ?, updated_at = ? WHERE table_id = ? AND row_no = ?")
                .params(score, reason, userId, now.atOffset(ZoneOffset.UTC), tableId, row).update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO selfeval_review_score (batch_id, table_id, row_no, score, reason, updated_by, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)")
                    .params(batchId, tableId, row, score, reason, userId, now.atOffset(ZoneOffset.UTC)).update();
        }
    }

    public void deleteReviewScore(long tableId, int row) {
        jdbc.sql("DELETE FROM selfeval_review_score WHERE table_id = ? AND row_no = ?").params(tableId, row).update();
    }

    public void deleteBatch(long batchId) {
        jdbc.sql("DELETE FROM selfeval_review_score WHERE batch_id = ?").param(batchId).update();
        jdbc.sql("DELETE FROM selfeval_table WHERE batch_id = ?").param(batchId).update();
        jdbc.sql("DELETE FROM selfeval_workbook WHERE batch_id = ?").param(batchId).update();
        jdbc.sql("DELETE FROM selfeval_batch WHERE id = ?").param(batchId).update();
    }

    private static BatchRow batch(ResultSet rs, int row) throws SQLException {
        long createdBy = rs.getLong("created_by");
        return new BatchRow(rs.getLong("id"), rs.getString("name"), rs.getInt("budget_year"), rs.getLong("finance_bureau_id"),
                rs.wasNull() ? null : createdBy, OrganisationRepository.instant(rs, "created_at"));
    }

    private static ReviewScoreRow reviewScore(ResultSet rs, int row) throws SQLException {
        long user = rs.getLong("updated_by");
        Long updatedBy = rs.wasNull() ? null : user;
        return new ReviewScoreRow(rs.getLong("table_id"), rs.getInt("row_no"), rs.getBigDecimal("score"), rs.getString("reason"),
                updatedBy, OrganisationRepository.instant(rs, "updated_at"));
    }

    private static TableRow table(ResultSet rs, int row) throws SQLException {
        long department = rs.getLong("department_id");
        Long departmentId = rs.wasNull() ? null : department;
        return new TableRow(rs.getLong("id"), rs.getLong("batch_id"), rs.getLong("workbook_id"), rs.getInt("seq"), rs.getString("sheet"),
                rs.getString("project"), rs.getString("department"), rs.getString("implementer"), departmentId);
    }
}
