package org.jixiao.app.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;

import org.jixiao.app.server.demo.DemoData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two instances of the server on one database, as behind a load balancer: a browser signed in on one is signed in on
 * the other (sessions live in the database), an edit made through one is a conflict (409) for a stale edit through the
 * other, a restart of an instance signs nobody out, and a password reset or role change made on one instance ends the
 * account's sessions on both.
 */
class TwoInstancesTest {
    @TempDir
    Path dataDir;

    @Test
    @EnabledIf(value = "org.jixiao.app.server.Postgres#reachable", disabledReason = Postgres.SKIP_REASON)
    void twoInstancesOnOnePostgresShareSessions() {
        String schema = Postgres.newSchema();
        try {
            twoInstances("--spring.datasource.url=" + Postgres.url(schema), "--spring.datasource.username=" + Postgres.USER,
                    "--spring.datasource.password=", "--spring.flyway.schemas=" + schema);
        } finally {
            Postgres.drop(schema);
        }
    }

    /** The embedded database: both instances in this JVM open the same H2 file, which the engine shares between them. */
    @Test
    void twoInstancesOnTheEmbeddedDatabaseShareSessions() {
        twoInstances("--jixiao.data-dir=" + dataDir);
    }

    private void twoInstances(String... database) {
        String[] args = Stream.concat(Stream.of(database), Stream.of("--server.port=0")).toArray(String[]::new);
        ConfigurableApplicationContext first = JixiaoServer.start(args);
        try (ConfigurableApplicationContext second = JixiaoServer.start(args)) {
            Api onFirst = Api.signedIn(port(first), "pingjia", DemoData.PASSWORD);
            Api onSecond = onFirst.on(port(second));
            Api admin = Api.signedIn(port(second), "admin", DemoData.PASSWORD);

            // signed in on the first, used on the second: same account, same evaluations
            assertThat(onSecond.get("/api/auth/me").json().get("username").asText()).isEqualTo("pingjia");
            JsonNode list = onSecond.get("/api/evaluations").json();
            assertThat(list).hasSize(1); // the demo data is loaded once, though both instances started on an empty database
            long id = list.get(0).get("id").asLong();

            // an edit through the second instance; the same stale edit through the first is a conflict
            Map<String, Object> edit = Map.of("path", ApiContract.LEAF, "rule",
                    Map.of("items", List.of(Map.of("points", 0.5, "reason", "第二个实例上的修改"))), "reason", "两个实例");
            Api.Response saved = onSecond.patchJson("/api/evaluations/" + id + "/indicators", edit, "\"1\"");
            assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
            Api.Response stale = onFirst.patchJson("/api/evaluations/" + id + "/indicators", edit, "\"1\"");
            assertThat(stale.status()).as(stale.toString()).isEqualTo(409);
            JsonNode detail = onFirst.get("/api/evaluations/" + id).json();
            assertThat(detail.get("version").asLong()).isEqualTo(2);
            assertThat(detail.at("/total/score").decimalValue()).isEqualByComparingTo("86.58");

            // the first instance restarts: the browser is still signed in, on it and on the second
            first.close();
            first = JixiaoServer.start(args);
            Api afterRestart = onFirst.on(port(first));
            assertThat(afterRestart.get("/api/auth/me").status()).isEqualTo(200);
            assertThat(afterRestart.get("/api/evaluations/" + id).json().get("version").asLong()).isEqualTo(2);
            assertThat(onSecond.get("/api/evaluations").status()).isEqualTo(200);

            // the administrator, on the second instance, resets the password: the session ends on both instances
            long pingjia = userId(admin, "pingjia");
            Api.Response reset = admin.patchJson("/api/users/" + pingjia, Map.of("password", "Neues-Passwort-2026"), null);
            assertThat(reset.status()).as(reset.toString()).isEqualTo(200);
            Api.Response ended = afterRestart.get("/api/evaluations");
            assertThat(ended.status()).isEqualTo(401);
            assertThat(ended.json().get("detail").asText()).contains("会话已结束");
            assertThat(onSecond.get("/api/evaluations").status()).isEqualTo(401);
            // the administrator's own session, held by the second instance, is untouched
            assertThat(admin.on(port(first)).get("/api/users").status()).isEqualTo(200);
        } finally {
            first.close();
        }
    }

    private static long userId(Api admin, String username) {
        for (JsonNode user : admin.get("/api/users").json()) {
            if (username.equals(user.get("username").asText())) {
                return user.get("id").asLong();
            }
        }
        throw new AssertionError("没有用户 " + username);
    }

    private static int port(ConfigurableApplicationContext context) {
        return context.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
    }
}
