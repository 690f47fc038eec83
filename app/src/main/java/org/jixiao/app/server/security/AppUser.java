package org.jixiao.app.server.security;

import java.time.Instant;

/** A user account as stored (with its BCrypt hash); never sent to clients as is. */
public record AppUser(long id, String username, String passwordHash, String displayName, Long organisationId, Role role,
        boolean enabled, int failedAttempts, Instant lockedUntil) {

    public boolean isLocked(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    public CurrentUser toCurrentUser() {
        return new CurrentUser(id, username, displayName, role, organisationId);
    }
}
