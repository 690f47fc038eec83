package org.jixiao.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;

import org.flywaydb.core.Flyway;
import org.jixiao.app.auditchain.AuditChain;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code jixiao audit verify} on the embedded database of a server's data folder (made here by the server's migrations):
 * a whole trail, a changed entry, a removed one, and folders that hold no database.
 */
class AuditCliTest {
    @TempDir
    Path data;

    private Connection database() throws Exception {
        String url = DatabaseAddress.h2Url(data);
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").load().migrate();
        return DriverManager.getConnection(url, "sa", "");
    }

    private static AuditChain.Content entry(String action, String reason) {
        return new AuditChain.Content(Instant.parse("2026-03-01T08:00:00.123456789Z"), null, "admin", null, null, null, null, action,
                "user/x", null, "新值", reason);
    }

    @Test
    void aWholeTrailPassesAndAChangedOrRemovedEntryIsNamed() throws Exception {
        try (Connection connection = database()) {
            AuditChain.append(connection, List.of(entry("USER_CREATE", "新建用户"), entry("USER_CHANGE", "修改角色"), entry("USER_CHANGE", "停用账户")));
        }
        CliTest.Run whole = CliTest.run("audit", "verify", "--data", data.toString());
        assertThat(whole.exit()).as(whole.err()).isZero();
        assertThat(whole.out()).contains("操作日志完整：共 3 条记录，哈希链无断点。").containsPattern("最后一条记录的哈希值：[0-9a-f]{64}");

        try (Connection connection = DriverManager.getConnection(DatabaseAddress.h2Url(data), "sa", "");
                Statement statement = connection.createStatement()) {
            statement.executeUpdate("UPDATE audit_log SET reason = '恢复账户' WHERE chain_seq = 3");
        }
        CliTest.Run changed = CliTest.run("audit", "verify", "--data", data.toString());
        assertThat(changed.exit()).isEqualTo(1);
        assertThat(changed.out()).contains("发现篡改：编号 3 的记录（第 3 条）被改动：内容与哈希值不符");

        try (Connection connection = DriverManager.getConnection(DatabaseAddress.h2Url(data), "sa", "");
                Statement statement = connection.createStatement()) {
            statement.executeUpdate("UPDATE audit_log SET reason = '停用账户' WHERE chain_seq = 3");
            statement.executeUpdate("DELETE FROM audit_log WHERE chain_seq = 2");
        }
        CliTest.Run removed = CliTest.run("audit", "verify", "--data", data.toString(), "--format", "json");
        assertThat(removed.exit()).isEqualTo(1);
        assertThat(removed.out()).contains("\"kind\" : \"REMOVED\"", "\"entryId\" : 3", "第 2 条记录被删除（编号 1 与编号 3 之间）");
    }

    @Test
    void aFolderWithoutDatabaseOrABadAddressIsABadInput() {
        CliTest.Run none = CliTest.run("audit", "verify", "--data", data.resolve("nothing").toString());
        assertThat(none.exit()).isEqualTo(2);
        assertThat(none.err()).contains("中没有 Jixiao 数据库");
        CliTest.Run bad = CliTest.run("audit", "verify", "--db", "mysql://x/y");
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).contains("postgres://用户@主机:端口/数据库");
        assertThat(CliTest.run("--help").out()).contains("audit");
    }
}
