package org.jixiao.app.server;

import org.springframework.test.context.TestPropertySource;

/** The review API on the embedded H2 database (in memory, PostgreSQL mode: the same migrations as production). */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:jixiao-reviews;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
class H2ReviewApiTest extends ReviewApiContract {}
