package org.jixiao.app.server.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Re-reads the signed-in account on every API request, so that no decision rests on what the account was at sign-in. A
 * session whose account is gone, disabled, or whose session version has moved on (password changed or reset, role or
 * organisation changed, account disabled) is ended there and then: the request goes on unauthenticated and an API call
 * hears 401 {@link #ENDED_MESSAGE}. Otherwise the request runs as the account is now.
 */
final class SessionRefresh extends OncePerRequestFilter {
    /** Request attribute set when this request's session was ended, for the 401 message. */
    static final String ENDED = SessionRefresh.class.getName() + ".ended";
    static final String ENDED_MESSAGE = "会话已结束：账号的密码、角色、所属组织或状态已变更，请重新登录";

    private final UserRepository users;
    private final ObjectMapper json;

    SessionRefresh(UserRepository users, ObjectMapper json) {
        this.users = users;
        this.json = json;
    }

    /** Only the API acts on the account's rights; the interface's files are served without reading it. */
    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof CurrentUser signedIn) {
            AppUser account;
            try {
                account = users.findById(signedIn.id()).orElse(null);
            } catch (DataAccessException e) {
                // the rights cannot be checked now: refuse for the moment rather than act on what the session remembers
                response.setHeader(HttpHeaders.RETRY_AFTER, "5");
                SecurityConfig.problem(json, response, HttpStatus.SERVICE_UNAVAILABLE, "服务暂时不可用", "数据库暂时无法访问，请稍后重试");
                return;
            }
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
