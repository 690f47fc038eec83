package org.jixiao.app.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.jixiao.app.server.Api.Response;
import org.jixiao.app.server.demo.DemoData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;

/**
 * PostgreSQL going away under a running server — restarted (every connection broken) or unreachable for a while — as
 * the production database can: requests that need it are answered 503 with {@code Retry-After} and "请稍后重试" within
 * a few seconds (never 内部错误, never a 30 s wait), requests that need no database are served as usual, and once the
 * database is back the server serves again without a restart. The server reaches PostgreSQL through a {@link TcpProxy}
 * that the test cuts and restores.
 */
@EnabledIf(value = "org.jixiao.app.server.Postgres#reachable", disabledReason = Postgres.SKIP_REASON)
@SpringBootTest(classes = JixiaoServer.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = DatabaseOutagePostgresTest.ThroughProxy.class)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class DatabaseOutagePostgresTest {
    static TcpProxy proxy;

    @LocalServerPort
    int port;

    /** A fresh schema on the local PostgreSQL, reached through the proxy. */
    static final class ThroughProxy implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            try {
                proxy = new TcpProxy(Postgres.HOST, Postgres.PORT);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            String schema = Postgres.newSchema();
            TestPropertyValues.of("spring.datasource.url=jdbc:postgresql://127.0.0.1:" + proxy.port() + "/" + Postgres.DATABASE
                            + "?currentSchema=" + schema + "&connectTimeout=2&socketTimeout=10",
                    "spring.datasource.username=" + Postgres.USER, "spring.datasource.password=", "spring.flyway.schemas=" + schema)
                    .applyTo(context);
            context.addApplicationListener(event -> {
                if (event instanceof ContextClosedEvent) {
                    proxy.close();
                    Postgres.drop(schema);
                }
            });
        }
    }

    @AfterAll
    static void restore() throws IOException {
        if (proxy != null) {
            proxy.restore();
        }
    }

    @Test
    void aRestartAndAnOutageAreAnswered503WithRetryAfterAndTheServerRecoversAlone() throws Exception {
        Api api = Api.signedIn(port, "pingjia", DemoData.PASSWORD);
        assertThat(api.get("/api/evaluations").status()).isEqualTo(200);

        // a restart: every connection the pool holds is broken at once
        proxy.cut();
        proxy.restore();
        List<Response> afterRestart = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            afterRestart.add(api.get("/api/evaluations"));
        }
        for (Response response : afterRestart) {
            assertThat(response.status()).as(response.toString()).isIn(200, 503);
            assertThat(response.text()).doesNotContain("内部错误");
        }
        assertThat(api.get("/api/evaluations").status()).isEqualTo(200);

        // an outage: the database cannot be reached at all
        proxy.cut();
        long start = System.nanoTime();
        Response down = api.get("/api/evaluations");
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(down.status()).as(down.toString()).isEqualTo(503);
        assertThat(down.json().get("detail").asText()).contains("请稍后重试");
        assertThat(down.header("Retry-After")).contains("5");
        assertThat(millis).as("answered within a few seconds").isLessThan(10_000);
        Response write = api.postJson("/api/evaluations/1/stage", java.util.Map.of("stage", "评价实施", "version", 1));
        assertThat(write.status()).as(write.toString()).isEqualTo(503);
        // no database needed: served meanwhile
        assertThat(new Api(port).get("/api/auth/csrf").status()).isEqualTo(200);
        assertThat(new Api(port).get("/").status()).isEqualTo(200);

        // back: served again, without a restart of the server
        proxy.restore();
        long deadline = System.nanoTime() + 30_000_000_000L;
        int status;
        do {
            status = api.get("/api/evaluations").status();
            if (status != 200) {
                Thread.sleep(500);
            }
        } while (status != 200 && System.nanoTime() < deadline);
        assertThat(status).isEqualTo(200);
        assertThat(api.get("/api/evaluations").json()).isNotEmpty();
    }
}
