package org.jixiao.app.server.audit;

import java.time.Instant;

/**
 * One recorded change: who, when, which evaluation, what (action and field), the old and the new value, and why.
 *
 * @param field the indicator path and field ({@code /indicators/0/children/1/children/0/rule}), or null
 */
public record AuditEntry(long id, Instant at, Long userId, String username, Long evaluationId, AuditAction action, String field,
        String oldValue, String newValue, String reason) {}
