package org.jixiao.app.server.evaluation;

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
import org.jixiao.app.server.workflow.Stage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
public class EvaluationRepository {
    private final JdbcClient jdbc;

    EvaluationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Filter(Integer year, Long departmentId, String unitName, Stage stage) {}

    public Optional<EvaluationRow> findById(long id) {
        return jdbc.sql("SELECT * FROM evaluation WHERE id = ?").param(id).query(EvaluationRepository::map).optional();
    }

    /** The evaluations in the scope (as {@link AccessPolicy#scope} gives it) that pass the filter. */
    public List<EvaluationRow> find(Scope scope, Filter filter) {
        if (scope.none()) {
            return List.of();
        }
        StringBuilder sql = new StringBuilder("SELECT e.* FROM evaluation e JOIN organisation d ON d.id = e.department_id WHERE 1 = 1");
        List<Object> params = new ArrayList<>();
        if (!scope.all()) {
            List<String> any = new ArrayList<>();
            for (Relation relation : scope.relations()) {
                any.add("e." + switch (relation) {
                    case CLIENT -> "client_id";
                    case AGENCY -> "agency_id";
                    case DEPARTMENT -> "department_id";
                    default -> throw new IllegalArgumentException("an evaluation has no " + relation);
                } + " = ?");
                params.add(scope.organisationId());
            }
            sql.append(" AND (").append(String.join(" OR ", any)).append(")");
        }
        if (filter.year() != null) {
            sql.append(" AND e.budget_year = ?");
            params.add(filter.year());
        }
        if (filter.departmentId() != null) {
            sql.append(" AND e.department_id = ?");
            params.add(filter.departmentId());
        }
        if (filter.unitName() != null && !filter.unitName().isBlank()) {
            sql.append(" AND d.name LIKE ?");
            params.add("%" + filter.unitName().strip() + "%");
        }
        if (filter.stage() != null) {
            sql.append(" AND e.stage = ?");
            params.add(filter.stage().name());
        }
        sql.append(" ORDER BY e.budget_year DESC, e.id DESC");
        return jdbc.sql(sql.toString()).params(params).query(EvaluationRepository::map).list();
    }

    public long insert(long departmentId, Long clientId, Long agencyId, int year, String title, Stage stage, String dataset,
            long userId, Instant now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO evaluation (department_id, client_id, agency_id, budget_year, title, stage, dataset, version,"
                        + " created_by, created_at, updated_by, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?)")
                .params(departmentId, clientId, agencyId, year, title, stage.name(), dataset, userId, now.atOffset(ZoneOffset.UTC),
                        userId, now.atOffset(ZoneOffset.UTC))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    /** @return false when the row is no longer at {@code expectedVersion} (someone else changed it) */
    public boolean updateDataset(long id, long expectedVersion, String title, String dataset, long userId, Instant now) {
        return jdbc.sql("UPDATE evaluation SET dataset = ?, title = ?, version = version + 1, updated_by = ?, updated_at = ?"
                        + " WHERE id = ? AND version = ?")
                .params(dataset, title, userId, now.atOffset(ZoneOffset.UTC), id, expectedVersion)
                .update() == 1;
    }

    /** The dataset with its title and year changed together. @return false when the row is no longer at {@code expectedVersion} */
    public boolean updateDatasetAndYear(long id, long expectedVersion, String title, int year, String dataset, long userId, Instant now) {
        return jdbc.sql("UPDATE evaluation SET dataset = ?, title = ?, budget_year = ?, version = version + 1, updated_by = ?, updated_at = ?"
                        + " WHERE id = ? AND version = ?")
                .params(dataset, title, year, userId, now.atOffset(ZoneOffset.UTC), id, expectedVersion)
                .update() == 1;
    }

    /** @return false when the row is no longer at {@code expectedVersion} */
    public boolean updateStage(long id, long expectedVersion, Stage stage, long userId, Instant now) {
        return jdbc.sql("UPDATE evaluation SET stage = ?, version = version + 1, updated_by = ?, updated_at = ? WHERE id = ? AND version = ?")
                .params(stage.name(), userId, now.atOffset(ZoneOffset.UTC), id, expectedVersion)
                .update() == 1;
    }

    public List<SignOff> signOffs(long evaluationId) {
        return jdbc.sql("SELECT s.*, u.username, u.display_name FROM evaluation_signoff s JOIN app_user u ON u.id = s.user_id"
                        + " WHERE s.evaluation_id = ? ORDER BY s.sign_level")
                .param(evaluationId)
                .query((rs, row) -> new SignOff(rs.getInt("sign_level"), rs.getLong("user_id"), rs.getString("username"),
                        rs.getString("display_name"), rs.getString("opinion"), OrganisationRepository.instant(rs, "signed_at")))
                .list();
    }

    public void addSignOff(long evaluationId, int level, long userId, String opinion, Instant now) {
        jdbc.sql("INSERT INTO evaluation_signoff (evaluation_id, sign_level, user_id, opinion, signed_at) VALUES (?, ?, ?, ?, ?)")
                .params(evaluationId, level, userId, opinion, now.atOffset(ZoneOffset.UTC))
                .update();
    }

    public int clearSignOffs(long evaluationId) {
        return jdbc.sql("DELETE FROM evaluation_signoff WHERE evaluation_id = ?").param(evaluationId).update();
    }

    static EvaluationRow map(ResultSet rs, int row) throws SQLException {
        return new EvaluationRow(rs.getLong("id"), rs.getLong("department_id"), nullableLong(rs, "client_id"),
                nullableLong(rs, "agency_id"), rs.getInt("budget_year"), rs.getString("title"), Stage.valueOf(rs.getString("stage")),
                rs.getString("dataset"), rs.getLong("version"), nullableLong(rs, "created_by"),
                OrganisationRepository.instant(rs, "created_at"), nullableLong(rs, "updated_by"),
                OrganisationRepository.instant(rs, "updated_at"));
    }

    private static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }
}
