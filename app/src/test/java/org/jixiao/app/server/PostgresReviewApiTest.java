package org.jixiao.app.server;

import org.jixiao.app.server.PostgresSchema.OnPostgres;

/** The same review API tests on PostgreSQL, in a fresh schema per run (dropped afterwards); skipped when no server runs. */
@OnPostgres
class PostgresReviewApiTest extends ReviewApiContract {}
