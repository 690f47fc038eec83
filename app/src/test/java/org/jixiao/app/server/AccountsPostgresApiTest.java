package org.jixiao.app.server;

import org.jixiao.app.server.PostgresSchema.OnPostgres;

/** The same final-accounts API tests on PostgreSQL, in a fresh schema per run (dropped afterwards); skipped when no server runs. */
@OnPostgres
class AccountsPostgresApiTest extends AccountsApiContract {}
