package org.jixiao.app.server;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The same API tests on PostgreSQL, in a fresh schema per run (dropped afterwards); skipped when no server runs. */
@EnabledIf(value = "org.jixiao.app.server.Postgres#reachable", disabledReason = Postgres.SKIP_REASON)
class TargetPostgresApiTest extends TargetApiContract {
    static final String SCHEMA = Postgres.newSchema();

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> Postgres.url(SCHEMA));
        registry.add("spring.datasource.username", () -> Postgres.USER);
        registry.add("spring.datasource.password", () -> "");
        registry.add("spring.flyway.schemas", () -> SCHEMA);
    }

    @AfterAll
    static void dropSchema() {
        Postgres.drop(SCHEMA);
    }
}
