package org.jixiao.app.server;

import org.springframework.test.context.TestPropertySource;

/** The second trust probe on the embedded H2 database (in memory, PostgreSQL mode). */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:jixiao-trust-probe;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
class TrustProbeH2Test extends TrustProbeContract {}
