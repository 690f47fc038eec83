package org.jixiao.app.server.organisation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
public class OrganisationRepository {
    private final JdbcClient jdbc;

    OrganisationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Organisation> findAll() {
        return jdbc.sql("SELECT * FROM organisation ORDER BY id").query(OrganisationRepository::map).list();
    }

    public Optional<Organisation> findById(long id) {
        return jdbc.sql("SELECT * FROM organisation WHERE id = ?").param(id).query(OrganisationRepository::map).optional();
    }

    public Optional<Organisation> findByName(String name) {
        return jdbc.sql("SELECT * FROM organisation WHERE name = ?").param(name).query(OrganisationRepository::map).optional();
    }

    public boolean isEmpty() {
        return jdbc.sql("SELECT COUNT(*) FROM organisation").query(Long.class).single() == 0;
    }

    public Organisation insert(String name, OrganisationKind kind, Long parentId) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO organisation (name, kind, parent_id, created_at) VALUES (?, ?, ?, ?)")
                .params(name, kind.name(), parentId, OffsetDateTime.now(ZoneOffset.UTC))
                .update(keys, "id");
        return findById(keys.getKey().longValue()).orElseThrow();
    }

    /** Puts an organisation under another (a department under the finance bureau that oversees it). */
    public void updateParent(long id, Long parentId) {
        jdbc.sql("UPDATE organisation SET parent_id = ? WHERE id = ?").params(parentId, id).update();
    }

    public void update(long id, String name, Long parentId) {
        jdbc.sql("UPDATE organisation SET name = ?, parent_id = ? WHERE id = ?").params(name, parentId, id).update();
    }

    static Organisation map(ResultSet rs, int row) throws SQLException {
        long parent = rs.getLong("parent_id");
        Long parentId = rs.wasNull() ? null : parent;   // checked right after reading parent_id, not after a later column
        return new Organisation(rs.getLong("id"), rs.getString("name"), OrganisationKind.valueOf(rs.getString("kind")), parentId,
                instant(rs, "created_at"));
    }

    public static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime time = rs.getObject(column, OffsetDateTime.class);
        return time == null ? null : time.toInstant();
    }
}
