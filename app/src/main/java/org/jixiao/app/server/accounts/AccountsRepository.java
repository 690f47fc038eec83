package org.jixiao.app.server.accounts;

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

@Repository
public class AccountsRepository {
    private final JdbcClient jdbc;

    AccountsRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Filter(Integer year, Long departmentId, String unitName) {}

    public Optional<AccountsRow> findById(long id) {
        return jdbc.sql("SELECT * FROM final_accounts WHERE id = ?").param(id).query(AccountsRepository::map).optional();
    }

    public Optional<AccountsRow> findByDepartmentAndYear(long departmentId, int year) {
        return jdbc.sql("SELECT * FROM final_accounts WHERE department_id = ? AND budget_year = ?").params(departmentId, year)
                .query(AccountsRepository::map).optional();
    }

    /**
     * The disclosures in the scope ({@link AccessPolicy#scope}): everything, one department's, or those of the departments
     * under one finance bureau ({@code organisation.parent_id}); none for nobody's.
     */
    public List<AccountsRow> find(Scope scope, Filter filter) {
        if (scope.none()) {
            return List.of();
        }
        StringBuilder sql = new StringBuilder("SELECT a.* FROM final_accounts a JOIN organisation d ON d.id = a.department_id WHERE 1 = 1");
        List<Object> params = new ArrayList<>();
        if (!scope.all()) {
            List<String> any = new ArrayList<>();
            for (Relation relation : scope.relations()) {
                any.add(switch (relation) {
                    case DEPARTMENT -> "a.department_id = ?";
                    case DEPARTMENT_PARENT -> "d.parent_id = ?";
                    default -> throw new IllegalArgumentException("a disclosure has no " + relation);
                });
                params.add(scope.organisationId());
            }
            sql.append(" AND (").append(String.join(" OR ", any)).append(")");
        }
        if (filter.year() != null) {
            sql.append(" AND a.budget_year = ?");
            params.add(filter.year());
        }
        if (filter.departmentId() != null) {
            sql.append(" AND a.department_id = ?");
            params.add(filter.departmentId());
        }
        if (filter.unitName() != null && !filter.unitName().isBlank()) {
            sql.append(" AND d.name LIKE ?");
            params.add("%" + filter.unitName().strip() + "%");
        }
        sql.append(" ORDER BY a.budget_year DESC, a.id DESC");
        return jdbc.sql(sql.toString()).params(params).query(AccountsRepository::map).list();
    }

    public long insert(long departmentId, int year, String title, String dataset, String sourceName, long userId, Instant now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO final_accounts (department_id, budget_year, title, dataset, source_name, version, created_by, created_at,"
                        + " updated_by, updated_at) VALUES (?, ?, ?, ?, ?, 1, ?, ?, ?, ?)")
                .params(departmentId, year, title, dataset, sourceName, userId, now.atOffset(ZoneOffset.UTC), userId,
                        now.atOffset(ZoneOffset.UTC))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    /** @return false when the row is no longer at {@code expectedVersion} (someone else replaced it meanwhile) */
    public boolean replace(long id, long expectedVersion, String title, String dataset, String sourceName, long userId, Instant now) {
        return jdbc.sql("UPDATE final_accounts SET title = ?, dataset = ?, source_name = ?, version = version + 1, updated_by = ?,"
                        + " updated_at = ? WHERE id = ? AND version = ?")
                .params(title, dataset, sourceName, userId, now.atOffset(ZoneOffset.UTC), id, expectedVersion)
                .update() == 1;
    }

    static AccountsRow map(ResultSet rs, int row) throws SQLException {
        return new AccountsRow(rs.getLong("id"), rs.getLong("department_id"), rs.getInt("budget_year"), rs.getString("title"),
                rs.getString("dataset"), rs.getString("source_name"), rs.getLong("version"), nullableLong(rs, "created_by"),
                OrganisationRepository.instant(rs, "created_at"), nullableLong(rs, "updated_by"),
                OrganisationRepository.instant(rs, "updated_at"));
    }

    private static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }
}
