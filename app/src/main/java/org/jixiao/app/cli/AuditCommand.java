package org.jixiao.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

import org.jixiao.app.auditchain.AuditChain;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code jixiao audit verify}: checks the audit trail's hash chain in the server's database, without starting the server. */
@Command(name = "audit", mixinStandardHelpOptions = true, description = "操作日志：verify 校验操作日志是否被篡改。",
        subcommands = AuditCommand.Verify.class)
final class AuditCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "verify", mixinStandardHelpOptions = true,
            description = "按哈希链逐条核对操作日志，报告第一条被改动、删除或绕过系统写入的记录。完整时退出码 0，发现篡改时 1，数据库无法读取时 2。"
                    + "内嵌数据库在服务运行时被其占用：请停止服务后校验，或在网页“安全审计”中校验。")
    static final class Verify implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--data", defaultValue = "./data", description = "内嵌数据库所在目录（同 jixiao serve --data），默认 ./data")
        Path data;

        @Option(names = "--db", description = "PostgreSQL 数据库（同 jixiao serve --db）：postgres://用户[:密码]@主机:端口/数据库，或 jdbc:postgresql://… 地址")
        String db;

        @Option(names = "--format", defaultValue = "text", description = "输出格式：text（默认）或 json")
        OutputFormat format;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            DatabaseAddress address;
            try {
                address = db != null ? DatabaseAddress.parse(db)
                        : new DatabaseAddress(DatabaseAddress.h2Url(data) + ";IFEXISTS=TRUE", "sa", "");
            } catch (IllegalArgumentException e) {
                err.println(e.getMessage());
                return ExitCodes.BAD_INPUT;
            }
            AuditChain.Verification result;
            try (Connection connection = DriverManager.getConnection(address.jdbcUrl(), address.user(), address.password())) {
                connection.setReadOnly(true);
                connection.setAutoCommit(false); // PostgreSQL streams the rows only inside a transaction
                result = AuditChain.verify(connection);
            } catch (SQLException e) {
                err.println(problem(e));
                return ExitCodes.BAD_INPUT;
            }
            if (format == OutputFormat.json) {
                out.println(Json.write(json(result)));
            } else if (result.intact()) {
                out.println("操作日志完整：共 " + result.entries() + " 条记录，哈希链无断点。");
                out.println("最后一条记录的哈希值：" + result.lastHash() + "（可另行记下，用于日后核对整条记录链是否被重写）");
            } else {
                out.println("发现篡改：" + result.firstBreak().message() + "。");
                out.println("共读到 " + result.entries() + " 条记录；链头记录的最后一条为第 " + result.lastSeq() + " 条。");
            }
            out.flush();
            return result.intact() ? ExitCodes.OK : ExitCodes.FAILURE;
        }

        private String problem(SQLException e) {
            String where = db != null ? "数据库 " + db.replaceAll("//([^:@/]+):[^@/]*@", "//$1:***@") : "目录 " + data.toAbsolutePath().normalize();
            // H2's codes: 90020 in use by another process, 90146 no such database; 42S02/42P01 no such table
            if (e.getErrorCode() == 90020 || String.valueOf(e.getMessage()).contains("already in use")) {
                return where + " 中的内嵌数据库正被运行中的服务占用：请在网页“安全审计”中校验，或停止服务后再运行";
            }
            if (e.getErrorCode() == 90146) {
                return where + " 中没有 Jixiao 数据库（应为 jixiao serve --data 所用的目录）";
            }
            if ("42S02".equals(e.getSQLState()) || "42P01".equals(e.getSQLState()) || e.getErrorCode() == 42102) {
                return where + " 中的数据库尚未升级到带哈希链的版本：启动一次 jixiao serve 即完成升级";
            }
            return "无法读取" + where + " 中的操作日志：" + e.getMessage();
        }

        private static Map<String, Object> json(AuditChain.Verification result) {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("intact", result.intact());
            map.put("entries", result.entries());
            map.put("lastSeq", result.lastSeq());
            map.put("lastHash", result.lastHash());
            if (!result.intact()) {
                AuditChain.Break b = result.firstBreak();
                map.put("kind", b.kind().name());
                map.put("kindLabel", b.kind().label());
                map.put("entryId", b.entryId());
                map.put("seq", b.seq());
                map.put("message", b.message());
            }
            return map;
        }
    }
}
