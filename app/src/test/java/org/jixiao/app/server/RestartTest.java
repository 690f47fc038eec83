package org.jixiao.app.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;

import org.jixiao.app.server.demo.DemoData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

/** Start the server, change the demo evaluation, stop it, start it again on the same database, read the change back. */
class RestartTest {
    @TempDir
    Path dataDir;

    @Test
    void dataSurvivesARestartOnTheEmbeddedH2FileDatabase() {
        survivesRestart("--jixiao.data-dir=" + dataDir);
        assertThat(dataDir.resolve("jixiao.mv.db")).exists();
    }

    @Test
    @EnabledIf(value = "org.jixiao.app.server.Postgres#reachable", disabledReason = Postgres.SKIP_REASON)
    void dataSurvivesARestartOnPostgres() {
        String schema = Postgres.newSchema();
        try {
            survivesRestart("--spring.datasource.url=" + Postgres.url(schema), "--spring.datasource.username=" + Postgres.USER,
                    "--spring.datasource.password=", "--spring.flyway.schemas=" + schema);
        } finally {
            Postgres.drop(schema);
        }
    }

    private void survivesRestart(String... database) {
        String[] args = Stream.concat(Stream.of(database), Stream.of("--server.port=0")).toArray(String[]::new);
        long id;
        try (ConfigurableApplicationContext first = JixiaoServer.start(args)) {
            Api api = Api.signedIn(port(first), "pingjia", DemoData.PASSWORD);
            id = api.get("/api/evaluations").json().get(0).get("id").asLong();
            var patched = api.patchJson("/api/evaluations/" + id + "/indicators", Map.of("path", ApiContract.LEAF, "rule",
                    Map.of("items", List.of(Map.of("points", 0.5, "reason", "重启前的修改"))), "reason", "重启测试"), "\"1\"");
            assertThat(patched.status()).as(patched.toString()).isEqualTo(200);
        }
        try (ConfigurableApplicationContext second = JixiaoServer.start(args)) {
            Api api = Api.signedIn(port(second), "pingjia", DemoData.PASSWORD);
            JsonNode list = api.get("/api/evaluations").json();
            assertThat(list).hasSize(1); // demo data is loaded once, not again on the second start
            JsonNode detail = api.get("/api/evaluations/" + id).json();
            assertThat(detail.get("version").asLong()).isEqualTo(2);
            assertThat(detail.at("/total/score").decimalValue()).isEqualByComparingTo("86.58");
            assertThat(detail.at("/indicators/0/children/0/children/0/explanation").asText()).contains("重启前的修改");
            JsonNode history = api.get("/api/evaluations/" + id + "/history").json();
            assertThat(StreamSupport.stream(history.spliterator(), false).map(e -> e.get("reason").asText()))
                    .contains("重启测试");
            assertThat(api.get("/api/organisations").json()).hasSize(6); // Weihai 4 + Zibo 2
            // the demo final accounts are there once, not loaded again
            assertThat(Api.signedIn(port(second), "admin", DemoData.PASSWORD).get("/api/accounts").json()).hasSize(1);
        }
    }

    private static int port(ConfigurableApplicationContext context) {
        return context.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
    }

}
