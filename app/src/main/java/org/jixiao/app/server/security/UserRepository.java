package org.jixiao.app.server.security;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
public class UserRepository {
    private final JdbcClient jdbc;

    UserRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<AppUser> findAll() {
        return jdbc.sql("SELECT * FROM app_user ORDER BY id").query(UserRepository::map).list();
    }

    public Optional<AppUser> findById(long id) {
        return jdbc.sql("SELECT * FROM app_user WHERE id = ?").param(id).query(UserRepository::map).optional();
    }

    public Optional<AppUser> findByUsername(String username) {
        return jdbc.sql("SELECT * FROM app_user WHERE username = ?").param(username).query(UserRepository::map).optional();
    }

    public AppUser insert(String username, String passwordHash, String displayName, Long organisationId, Role role) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO app_user (username, password_hash, display_name, organisation_id, role, enabled, session_version, created_at)"
                        + " VALUES (?, ?, ?, ?, ?, TRUE, 0, ?)")
                .params(username, passwordHash, displayName, organisationId, role.name(), OffsetDateTime.now(ZoneOffset.UTC))
                .update(keys, "id");
        return findById(keys.getKey().longValue()).orElseThrow();
    }

    /** Writes every field, the session version included (the caller increments it to end the account's sessions). */
    public void update(AppUser user) {
        jdbc.sql("UPDATE app_user SET password_hash = ?, display_name = ?, organisation_id = ?, role = ?, enabled = ?, session_version = ?"
                        + " WHERE id = ?")
                .params(user.passwordHash(), user.displayName(), user.organisationId(), user.role().name(), user.enabled(),
                        user.sessionVersion(), user.id())
                .update();
    }

    static AppUser map(ResultSet rs, int row) throws SQLException {
        long org = rs.getLong("organisation_id");
        Long organisationId = rs.wasNull() ? null : org;
        return new AppUser(rs.getLong("id"), rs.getString("username"), rs.getString("password_hash"), rs.getString("display_name"),
                organisationId, Role.valueOf(rs.getString("role")), rs.getBoolean("enabled"), rs.getInt("session_version"));
    }
}
