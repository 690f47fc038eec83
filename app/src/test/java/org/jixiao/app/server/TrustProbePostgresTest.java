package org.jixiao.app.server;

import org.jixiao.app.server.PostgresSchema.OnPostgres;

/** The second trust probe on PostgreSQL. */
@OnPostgres
class TrustProbePostgresTest extends TrustProbeContract {}
