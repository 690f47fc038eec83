package org.jixiao.app.server.security;

/**
 * A user account as stored (with its BCrypt hash); never sent to clients as is. {@code sessionVersion} is incremented by
 * every change of password, role, organisation or enabled state: sessions signed in under an older value end.
 */
public record AppUser(long id, String username, String passwordHash, String displayName, Long organisationId, Role role,
        boolean enabled, int sessionVersion) {

    public CurrentUser toCurrentUser() {
        return new CurrentUser(id, username, displayName, role, organisationId, sessionVersion);
    }
}
