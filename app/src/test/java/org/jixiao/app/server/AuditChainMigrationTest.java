package org.jixiao.app.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

import org.flywaydb.core.Flyway;
import org.jixiao.app.auditchain.AuditChain;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;

/**
 * The migration that introduced the hash chain chains the entries written before it, oldest first, on H2 and on
 * PostgreSQL: a database upgraded from version 5 verifies as whole, and a change to one of its old entries is found.
 */
class AuditChainMigrationTest {

    @Test
    void entriesWrittenBeforeTheChainAreChainedOnH2() throws Exception {
        String url = "jdbc:h2:mem:audit-migration;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
        check(url, "sa", null);
    }

    @Test
    @EnabledIf(value = "org.jixiao.app.server.Postgres#reachable", disabledReason = Postgres.SKIP_REASON)
    void entriesWrittenBeforeTheChainAreChainedOnPostgres() throws Exception {
        String schema = Postgres.newSchema();
        try {
            check(Postgres.url(schema), Postgres.USER, schema);
        } finally {
            Postgres.drop(schema);
        }
    }

    private static void check(String url, String user, String schema) throws Exception {
        var config = Flyway.configure().dataSource(url, user, "").locations("classpath:db/migration");
        if (schema != null) {
            config.schemas(schema);
        }
        config.target("5").load().migrate();
        try (Connection connection = DriverManager.getConnection(url, user, ""); Statement statement = connection.createStatement()) {
            // as version 5 wrote them: no place in a chain, times to the nanosecond where the database keeps them
            statement.executeUpdate("INSERT INTO audit_log (occurred_at, username, action, field, old_value, new_value, reason) VALUES"
                    + " (TIMESTAMP WITH TIME ZONE '2024-05-01 09:00:00.123456+08', 'admin', 'ORGANISATION_CREATE', 'organisation/1', NULL,"
                    + " '财政金融局，财政局', '登记组织'),"
                    + " (TIMESTAMP WITH TIME ZONE '2024-05-01 09:01:00+08', 'admin', 'USER_CREATE', 'user/caizheng', NULL, '王静', '新建用户'),"
                    + " (TIMESTAMP WITH TIME ZONE '2024-05-02 10:00:00+08', 'caizheng', 'USER_CHANGE', 'user/caizheng/role', '部门用户',"
                    + " '财政局审核', '修改角色')");
        }
        config.target("latest").load().migrate();
        try (Connection connection = DriverManager.getConnection(url, user, "")) {
            AuditChain.Verification whole = AuditChain.verify(connection);
            assertThat(whole.intact()).as(String.valueOf(whole.firstBreak())).isTrue();
            assertThat(whole.entries()).isEqualTo(3);
            assertThat(whole.lastSeq()).isEqualTo(3);
            try (Statement statement = connection.createStatement()) {
                statement.executeUpdate("UPDATE audit_log SET new_value = '系统管理员' WHERE chain_seq = 2");
            }
            AuditChain.Verification changed = AuditChain.verify(connection);
            assertThat(changed.firstBreak().kind()).isEqualTo(AuditChain.Kind.CHANGED);
            assertThat(changed.firstBreak().seq()).isEqualTo(2);
        }
    }
}
