package org.jixiao.app.server.review;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jixiao.app.server.organisation.OrganisationRepository;
import org.jixiao.app.server.security.AccessPolicy;
import org.jixiao.app.server.security.AccessPolicy.Relation;
import org.jixiao.app.server.security.AccessPolicy.Scope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Reviewed documents (复核报告): the file as uploaded and every review of it with its JSON. */
@Repository
public class ReviewRepository {
    private static final String COLUMNS = "d.id, d.file_name, d.file_size, d.sha256, d.organisation_id, d.revision AS current_revision, d.created_by,"
            + " d.created_at, r.revision AS result_revision, r.format, r.kind, r.pages, r.errors, r.notes, r.unchecked, r.reviewed_by, r.reviewed_at";
    private final JdbcClient jdbc;

    ReviewRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A reviewed document with the figures of one of its reviews (the current one unless asked otherwise), without the
     * file and the JSON.
     *
     * @param revision the review these figures belong to; {@code currentRevision} is the document's latest
     */
    public record ReviewRow(long id, String fileName, long fileSize, String sha256, Long organisationId, int currentRevision,
            Long createdBy, Instant createdAt, int revision, String format, String kind, int pages, int errors, int notes, int unchecked,
            Long reviewedBy, Instant reviewedAt) {}

    /** What one review found, to be stored. */
    public record Result(String format, String kind, int pages, int errors, int notes, int unchecked, String json) {}

    /** One review of a document: its number and who ran it when, with the counts. */
    public record Revision(int revision, int errors, int notes, int unchecked, Long reviewedBy, Instant reviewedAt) {}

    public Optional<ReviewRow> find(long id, Integer revision) {
        String which = revision == null ? "r.revision = d.revision" : "r.revision = ?";
        List<Object> params = new ArrayList<>();
        if (revision != null) {
            params.add(revision);
        }
        params.add(id);
        return jdbc.sql("SELECT " + COLUMNS + " FROM document_review d JOIN document_review_result r ON r.review_id = d.id AND " + which
                        + " WHERE d.id = ?")
                .params(params).query(ReviewRepository::row).optional();
    }

    /** The documents in the scope ({@link AccessPolicy#scope}), newest first. */
    public List<ReviewRow> list(Scope scope) {
        if (scope.none()) {
            return List.of();
        }
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM document_review d"
                + " JOIN document_review_result r ON r.review_id = d.id AND r.revision = d.revision"
                + " LEFT JOIN organisation o ON o.id = d.organisation_id WHERE 1 = 1");
        List<Object> params = new ArrayList<>();
        if (!scope.all()) {
            List<String> any = new ArrayList<>();
            for (Relation relation : scope.relations()) {
                any.add(switch (relation) {
                    case OWNER -> "d.organisation_id = ?";
                    case OWNER_PARENT -> "o.parent_id = ?";
                    default -> throw new IllegalArgumentException("a reviewed document has no " + relation);
                });
                params.add(scope.organisationId());
            }
            sql.append(" AND (").append(String.join(" OR ", any)).append(")");
        }
        sql.append(" ORDER BY d.created_at DESC, d.id DESC");
        return jdbc.sql(sql.toString()).params(params).query(ReviewRepository::row).list();
    }

    public List<Revision> revisions(long id) {
        return jdbc.sql("SELECT revision, errors, notes, unchecked, reviewed_by, reviewed_at FROM document_review_result"
                        + " WHERE review_id = ? ORDER BY revision").param(id)
                .query((rs, n) -> new Revision(rs.getInt("revision"), rs.getInt("errors"), rs.getInt("notes"), rs.getInt("unchecked"),
                        nullableLong(rs, "reviewed_by"), OrganisationRepository.instant(rs, "reviewed_at")))
                .list();
    }

    /** The file as uploaded; empty when the document has been deleted meanwhile. */
    public Optional<byte[]> content(long id) {
        return jdbc.sql("SELECT content FROM document_review WHERE id = ?").param(id).query((rs, n) -> rs.getBytes(1)).optional();
    }

    /** The stored review; empty when the document has been deleted meanwhile. */
    public Optional<String> json(long id, int revision) {
        return jdbc.sql("SELECT result FROM document_review_result WHERE review_id = ? AND revision = ?").params(id, revision)
                .query((rs, n) -> rs.getString(1)).optional();
    }

    public long insert(String fileName, byte[] content, String sha256, Long organisationId, long userId, Instant now, Result result) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO document_review (file_name, content, file_size, sha256, organisation_id, revision, created_by, created_at)"
                        + " VALUES (?, ?, ?, ?, ?, 1, ?, ?)")
                .params(fileName, content, content.length, sha256, organisationId, userId, now.atOffset(ZoneOffset.UTC))
                .update(keys, "id");
        long id = keys.getKey().longValue();
        insertResult(id, 1, result, userId, now);
        return id;
    }

    /**
     * Adds a review as the document's next revision.
     *
     * @return false when the document is no longer at {@code expectedRevision} (reviewed again or deleted meanwhile)
     */
    public boolean addRevision(long id, int expectedRevision, Result result, long userId, Instant now) {
        if (jdbc.sql("UPDATE document_review SET revision = revision + 1 WHERE id = ? AND revision = ?").params(id, expectedRevision)
                .update() != 1) {
            return false;
        }
        insertResult(id, expectedRevision + 1, result, userId, now);
        return true;
    }

    private void insertResult(long id, int revision, Result result, long userId, Instant now) {
        jdbc.sql("INSERT INTO document_review_result (review_id, revision, format, kind, pages, errors, notes, unchecked, result,"
                        + " reviewed_by, reviewed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(id, revision, result.format(), result.kind(), result.pages(), result.errors(), result.notes(), result.unchecked(),
                        result.json(), userId, now.atOffset(ZoneOffset.UTC))
                .update();
    }

    /** @return whether there was such a document */
    public boolean delete(long id) {
        jdbc.sql("DELETE FROM document_review_result WHERE review_id = ?").param(id).update();
        return jdbc.sql("DELETE FROM document_review WHERE id = ?").param(id).update() == 1;
    }

    private static ReviewRow row(ResultSet rs, int row) throws SQLException {
        return new ReviewRow(rs.getLong("id"), rs.getString("file_name"), rs.getLong("file_size"), rs.getString("sha256"),
                nullableLong(rs, "organisation_id"), rs.getInt("current_revision"), nullableLong(rs, "created_by"),
                OrganisationRepository.instant(rs, "created_at"), rs.getInt("result_revision"), rs.getString("format"), rs.getString("kind"),
                rs.getInt("pages"), rs.getInt("errors"), rs.getInt("notes"), rs.getInt("unchecked"), nullableLong(rs, "reviewed_by"),
                OrganisationRepository.instant(rs, "reviewed_at"));
    }

    private static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }
}
