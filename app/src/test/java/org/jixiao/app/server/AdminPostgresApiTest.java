package org.jixiao.app.server;

import org.jixiao.app.server.PostgresSchema.OnPostgres;

/** Administration, templates and prose on PostgreSQL, in a fresh schema per run (dropped afterwards); skipped when no server runs. */
@OnPostgres
class AdminPostgresApiTest extends AdminApiContract {}
