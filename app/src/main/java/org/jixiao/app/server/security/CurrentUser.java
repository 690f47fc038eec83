package org.jixiao.app.server.security;

import java.io.Serializable;
import java.util.List;

import org.springframework.security.core.AuthenticatedPrincipal;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * The signed-in user: who, which role, which organisation (the data scope), and the account's session version when the
 * session began. The session keeps it from sign-in; every API request replaces it with the account as stored now
 * ({@link SessionRefresh}), so that decisions never rest on a role or organisation the account no longer has.
 */
public record CurrentUser(long id, String username, String displayName, Role role, Long organisationId, int sessionVersion)
        implements Serializable, AuthenticatedPrincipal {

    /** The name the session is filed under in the session table (its principal name): the account's username. */
    @Override
    public String getName() {
        return username;
    }

    public List<GrantedAuthority> authorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_" + role.name()));
    }

    public boolean is(Role... roles) {
        for (Role r : roles) {
            if (role == r) {
                return true;
            }
        }
        return false;
    }
}
