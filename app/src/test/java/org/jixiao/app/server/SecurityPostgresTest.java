package org.jixiao.app.server;

import org.jixiao.app.server.PostgresSchema.OnPostgres;

/** The same security suite on PostgreSQL, where a NUL character or an over-long name fails differently than on H2. */
@OnPostgres
class SecurityPostgresTest extends SecurityContract {}
