package org.jixiao.app.server;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.test.context.ContextConfiguration;

/**
 * Runs a Spring Boot test class on the local PostgreSQL ({@link Postgres}) in a fresh schema of its own, which Flyway
 * creates and which is dropped when the test context closes; the class is skipped, saying why, when no server runs.
 * Each API contract has an H2 subclass and one annotated {@link OnPostgres}.
 */
final class PostgresSchema implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @EnabledIf(value = "org.jixiao.app.server.Postgres#reachable", disabledReason = Postgres.SKIP_REASON)
    @ContextConfiguration(initializers = PostgresSchema.class)
    @interface OnPostgres {}

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        String schema = Postgres.newSchema();
        TestPropertyValues.of("spring.datasource.url=" + Postgres.url(schema), "spring.datasource.username=" + Postgres.USER,
                "spring.datasource.password=", "spring.flyway.schemas=" + schema).applyTo(context);
        context.addApplicationListener(event -> {
            if (event instanceof ContextClosedEvent) {
                Postgres.drop(schema);
            }
        });
    }
}
