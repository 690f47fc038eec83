package db.migration;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.jixiao.app.auditchain.AuditChain;

/**
 * Chains the audit entries written before the hash chain existed (V6), oldest first, so that from this version on every
 * entry is covered and {@code jixiao audit verify} can check the whole trail. Java, because the hash is computed the
 * same way as for every later entry ({@link AuditChain#hash}).
 */
public class V7__Chain_audit_entries extends BaseJavaMigration {
    @Override
    public void migrate(Context context) throws Exception {
        AuditChain.chainUnchained(context.getConnection());
    }
}
