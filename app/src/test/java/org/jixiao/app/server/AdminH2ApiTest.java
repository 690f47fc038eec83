package org.jixiao.app.server;

import org.springframework.test.context.TestPropertySource;

/** Administration, templates and prose on the embedded H2 database (in memory, PostgreSQL mode). */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:jixiao-admin-api;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
class AdminH2ApiTest extends AdminApiContract {}
