package org.jixiao.app.server;

import org.jixiao.app.server.PostgresSchema.OnPostgres;

/** The part-A security attacks of issue 14 on PostgreSQL, in a fresh schema per run (dropped afterwards); skipped when no server runs. */
@OnPostgres
class SecurityPostgresApiTest extends SecurityApiContract {}
