package org.jixiao.app.server.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Re-reads the signed-in account on every request, so that no decision rests on what the account was at sign-in. A
 * session whose account is gone, disabled, or whose session version has moved on (password changed or reset, role or
 * organisation changed, account disabled) is ended there and then: the request goes on unauthenticated and an API call
 * hears 401 {@link #ENDED_MESSAGE}. Otherwise the request runs as the account is now.
 */
final class SessionRefresh extends OncePerRequestFilter {
    /** Request attribute set when this request's session was ended, for the 401 message. */
    static final String ENDED = SessionRefresh.class.getName() + ".ended";
    static final String ENDED_MESSAGE = "会话已结束：账号的密码、角色、所属组织或状态已变更，请重新登录";

    private final UserRepository users;

    SessionRefresh(UserRepository users) {
        this.users = users;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof CurrentUser signedIn) {
            AppUser account = users.findById(signedIn.id()).orElse(null);
            if (account == null || !account.enabled() || account.sessionVersion() != signedIn.sessionVersion()) {
                HttpSession session = request.getSession(false);
                if (session != null) {
                    session.invalidate();
                }
                SecurityContextHolder.clearContext();
                request.setAttribute(ENDED, Boolean.TRUE);
            } else {
                CurrentUser now = account.toCurrentUser();
                if (!now.equals(signedIn)) {
                    // for this request only: the next one reads the account again anyway
                    SecurityContext context = SecurityContextHolder.createEmptyContext();
                    context.setAuthentication(new UsernamePasswordAuthenticationToken(now, null, now.authorities()));
                    SecurityContextHolder.setContext(context);
                }
            }
        }
        chain.doFilter(request, response);
    }
}
