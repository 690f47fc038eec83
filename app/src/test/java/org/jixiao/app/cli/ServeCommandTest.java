package org.jixiao.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import picocli.CommandLine;

/** {@code jixiao serve} options become Spring properties; the server itself is exercised by the server tests. */
class ServeCommandTest {

    private static ServeCommand parse(String... args) {
        ServeCommand command = new ServeCommand();
        new CommandLine(command).parseArgs(args);
        return command;
    }

    @Test
    void defaultsArePort8080AndTheDataFolder() {
        assertThat(parse().springArguments()).containsExactly("--server.port=8080",
                "--jixiao.data-dir=" + Path.of("./data").toAbsolutePath().normalize());
    }

    @Test
    void aPostgresUrlBecomesAJdbcUrlWithUserAndPassword() {
        assertThat(parse("--port", "9090", "--data", "/srv/jx", "--db", "postgres://jx:secret@db.example:5433/jixiao").springArguments())
                .containsExactly("--server.port=9090", "--jixiao.data-dir=/srv/jx",
                        "--spring.datasource.url=jdbc:postgresql://db.example:5433/jixiao", "--spring.datasource.username=jx",
                        "--spring.datasource.password=secret");
        assertThat(parse("--db", "postgres://root@127.0.0.1/test").springArguments())
                .contains("--spring.datasource.url=jdbc:postgresql://127.0.0.1/test", "--spring.datasource.username=root");
        assertThat(parse("--db", "jdbc:postgresql://h/db?ssl=true").springArguments())
                .contains("--spring.datasource.url=jdbc:postgresql://h/db?ssl=true");
        assertThat(parse("--no-demo").springArguments()).contains("--jixiao.demo-data=false");
    }

    @Test
    void aSpringPropertyGivenAsItIsReplacesTheOptionWithTheSameMeaning() {
        // Spring would join two server.port values into "8080,18089" and refuse to start
        assertThat(parse("--server.port=18089").arguments()).containsExactly("--jixiao.data-dir=" + Path.of("./data").toAbsolutePath().normalize(),
                "--server.port=18089");
        assertThat(parse("--port", "9090", "--spring.main.banner-mode=off").arguments())
                .containsExactly("--server.port=9090", "--jixiao.data-dir=" + Path.of("./data").toAbsolutePath().normalize(),
                        "--spring.main.banner-mode=off");
    }

    @Test
    void anUnknownDatabaseUrlIsABadInput() {
        assertThatThrownBy(() -> parse("--db", "mysql://x/y").springArguments())
                .isInstanceOf(CommandLine.ParameterException.class).hasMessageContaining("postgres://用户@主机:端口/数据库");
    }

    @Test
    void serveIsListedInTheHelp() {
        CliTest.Run run = CliTest.run("--help");
        assertThat(run.out()).contains("serve").contains("启动网页服务");
    }
}
