package org.jixiao.app.server.security;

import org.jixiao.app.server.ApiException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The signed-in user of the current request. */
public final class Users {
    private Users() {}

    public static CurrentUser current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof CurrentUser user) {
            return user;
        }
        throw new ApiException(HttpStatus.UNAUTHORIZED, "未登录", "请先登录（POST /api/auth/login）", null);
    }
}
