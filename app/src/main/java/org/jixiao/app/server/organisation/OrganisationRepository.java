package org.jixiao.app.server.organisation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
        Map<Long, List<String>> aliases = new HashMap<>();
        jdbc.sql("SELECT organisation_id, alias FROM organisation_alias ORDER BY alias")
                .query(rs -> {
                    aliases.computeIfAbsent(rs.getLong("organisation_id"), id -> new ArrayList<>()).add(rs.getString("alias"));
                });
        return jdbc.sql("SELECT * FROM organisation ORDER BY id").query(OrganisationRepository::map).list().stream()
                .map(o -> withAliases(o, aliases.getOrDefault(o.id(), List.of()))).toList();
    }

    public Optional<Organisation> findById(long id) {
        return jdbc.sql("SELECT * FROM organisation WHERE id = ?").param(id).query(OrganisationRepository::map).optional()
                .map(o -> withAliases(o, aliasesOf(o.id())));
    }

    /** The organisation with this name, or else the one with this alias. */
    public Optional<Organisation> findByName(String name) {
        Optional<Long> id = jdbc.sql("SELECT id FROM organisation WHERE name = ?").param(name).query(Long.class).optional();
        if (id.isEmpty()) {
            id = jdbc.sql("SELECT organisation_id FROM organisation_alias WHERE alias = ?").param(name).query(Long.class).optional();
        }
        return id.flatMap(this::findById);
    }

    /** Replaces the organisation's aliases (names or aliases of other organisations are checked by the caller). */
    public void replaceAliases(long id, List<String> aliases) {
        jdbc.sql("DELETE FROM organisation_alias WHERE organisation_id = ?").param(id).update();
        for (String alias : aliases) {
            jdbc.sql("INSERT INTO organisation_alias (organisation_id, alias) VALUES (?, ?)").params(id, alias).update();
        }
    }

    private List<String> aliasesOf(long id) {
        return jdbc.sql("SELECT alias FROM organisation_alias WHERE organisation_id = ? ORDER BY alias").param(id).query(String.class).list();
    }

    private static Organisation withAliases(Organisation o, List<String> aliases) {
        return new Organisation(o.id(), o.name(), o.kind(), o.parentId(), o.createdAt(), aliases);
    }

    /** For naming organisations in views, each looked up once. */
    public OrganisationRefs refs() {
        return new OrganisationRefs(this);
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
                instant(rs, "created_at"), List.of());
    }

    public static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime time = rs.getObject(column, OffsetDateTime.class);
        return time == null ? null : time.toInstant();
    }
}
