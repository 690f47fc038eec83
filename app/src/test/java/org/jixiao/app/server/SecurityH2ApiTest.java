package org.jixiao.app.server;

import org.springframework.test.context.TestPropertySource;

/** The part-A security attacks of issue 14 on the embedded H2 database (in memory, PostgreSQL mode). */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:jixiao-security-api;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
class SecurityH2ApiTest extends SecurityApiContract {}
