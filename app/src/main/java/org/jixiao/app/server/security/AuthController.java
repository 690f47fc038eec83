package org.jixiao.app.server.security;


import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jixiao.app.server.organisation.Organisation;
import org.jixiao.app.server.organisation.OrganisationRepository;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/auth")
@Tag(name = "登录", description = "会话登录、当前用户、CSRF 令牌")
public class AuthController {
    private final LoginService login;
    private final HttpSessionSecurityContextRepository contexts;
    private final CookieCsrfTokenRepository csrfTokens;
    private final OrganisationRepository organisations;

    AuthController(LoginService login, HttpSessionSecurityContextRepository contexts, CookieCsrfTokenRepository csrfTokens,
            OrganisationRepository organisations) {
        this.login = login;
        this.contexts = contexts;
        this.csrfTokens = csrfTokens;
        this.organisations = organisations;
    }

    public record Credentials(String username, String password) {}

    public record Me(long id, String username, String displayName, String role, String roleLabel, Long organisationId,
            String organisationName) {}

    public record Csrf(String headerName, String cookieName, String token) {}

    @GetMapping("/csrf")
    @Operation(summary = "取得 CSRF 令牌", description = "同时设置 Cookie XSRF-TOKEN；之后每个 POST/PATCH/PUT/DELETE 请求在请求头 X-XSRF-TOKEN 中带上它的值。")
    public Csrf csrf(CsrfToken token) {
        return new Csrf(token.getHeaderName(), SecurityConfig.CSRF_COOKIE, token.getToken());
    }

    @PostMapping(path = "/login", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "登录（JSON）", description = "成功后返回当前用户并建立会话（Cookie JSESSIONID），同时更换 CSRF 令牌。密码连续错误 5 次锁定 15 分钟。")
    public Me login(@RequestBody Credentials credentials, HttpServletRequest request, HttpServletResponse response) {
        return signIn(credentials.username(), credentials.password(), request, response);
    }

    @PostMapping(path = "/login", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    @Operation(summary = "登录（表单）")
    public Me loginForm(@RequestParam(required = false) String username, @RequestParam(required = false) String password,
            HttpServletRequest request, HttpServletResponse response) {
        return signIn(username, password, request, response);
    }

    @GetMapping("/me")
    @Operation(summary = "当前用户")
    public Me me() {
        return describe(Users.current());
    }

    private Me signIn(String username, String password, HttpServletRequest request, HttpServletResponse response) {
        CurrentUser user = login.authenticate(username, password);
        if (request.getSession(false) != null) {
            request.changeSessionId(); // no session fixation
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new UsernamePasswordAuthenticationToken(user, null, user.authorities()));
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        // a fresh CSRF token for the signed-in session
        CsrfToken token = csrfTokens.generateToken(request);
        csrfTokens.saveToken(token, request, response);
        return describe(user);
    }

    private Me describe(CurrentUser user) {
        String organisation = user.organisationId() == null ? null
                : organisations.findById(user.organisationId()).map(Organisation::name).orElse(null);
        return new Me(user.id(), user.username(), user.displayName(), user.role().name(), user.role().label(), user.organisationId(),
                organisation);
    }

}
