package org.jixiao.app.server.security;


import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import org.jixiao.app.server.organisation.Organisation;
import org.jixiao.app.server.organisation.OrganisationRepository;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseCookie;
import org.springframework.http.ResponseEntity;
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
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
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

    public record Credentials(@Schema(description = "用户名") @Size(max = UserController.MAX_USERNAME) String username,
            @Schema(description = "密码") @Size(max = LoginService.MAX_PASSWORD_LENGTH) String password) {}

    public record Me(long id, String username, String displayName, String role, String roleLabel, Long organisationId,
            String organisationName) {}

    public record Csrf(String headerName, String cookieName, String token) {}

    @GetMapping("/csrf")
    @Operation(summary = "取得 CSRF 令牌", description = "同时设置 Cookie XSRF-TOKEN；之后每个 POST/PATCH/PUT/DELETE 请求在请求头 X-XSRF-TOKEN 中带上它的值。")
    public Csrf csrf(CsrfToken token) {
        return new Csrf(token.getHeaderName(), SecurityConfig.CSRF_COOKIE, token.getToken());
    }

    @PostMapping(path = "/login", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "登录（JSON）", description = "成功后返回当前用户并建立会话（Cookie JSESSIONID），同时更换 CSRF 令牌。"
            + "用户名不存在、密码错误和账户已停用的回答相同（401）。同一账号连续失败 " + LoginThrottle.FREE_ACCOUNT_FAILURES
            + " 次、同一地址连续失败 " + LoginThrottle.FREE_ADDRESS_FAILURES + " 次之后，每次失败后须等待 1、2、4……秒（最长 15 分钟）才能再试，"
            + "未到时间的尝试回答 429 并带 Retry-After。成功登录后浏览器得到该账号的设备 Cookie（JIXIAO_DEVICE，90 天），带着它登录不受上述等待限制。")
    public ResponseEntity<?> login(@Valid @RequestBody Credentials credentials, HttpServletRequest request, HttpServletResponse response) {
        return signIn(credentials.username(), credentials.password(), request, response);
    }

    @PostMapping(path = "/login", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    @Operation(summary = "登录（表单）")
    public ResponseEntity<?> loginForm(@Parameter(description = "用户名") @RequestParam(required = false) @Size(max = UserController.MAX_USERNAME) String username,
            @Parameter(description = "密码") @RequestParam(required = false) @Size(max = LoginService.MAX_PASSWORD_LENGTH) String password,
            HttpServletRequest request, HttpServletResponse response) {
        return signIn(username, password, request, response);
    }

    public record PasswordChange(@Schema(description = "当前密码") @Size(max = LoginService.MAX_PASSWORD_LENGTH) String currentPassword,
            @Schema(description = "新密码") @Size(max = LoginService.MAX_PASSWORD_LENGTH) String newPassword) {}

    @PostMapping(path = "/password", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "修改本人密码", description = "currentPassword 当前密码，newPassword 新密码（" + LoginService.MIN_PASSWORD_LENGTH + "—"
            + LoginService.MAX_PASSWORD_LENGTH + " 位）。成功后本账号的其他会话全部结束，本会话继续有效；当前密码错误计为一次登录失败。")
    public ResponseEntity<?> changePassword(@Valid @RequestBody PasswordChange change, HttpServletRequest request, HttpServletResponse response) {
        CurrentUser user = Users.current();
        CurrentUser changed;
        try {
            changed = login.changeOwnPassword(user, change.currentPassword(), change.newPassword(), request.getRemoteAddr(), device(request));
        } catch (LoginService.Throttled e) {
            return throttled(e);
        }
        keep(changed, request, response);
        return ResponseEntity.ok(describe(changed));
    }

    @GetMapping("/me")
    @Operation(summary = "当前用户")
    public Me me() {
        return describe(Users.current());
    }

    private ResponseEntity<?> signIn(String username, String password, HttpServletRequest request, HttpServletResponse response) {
        LoginService.SignIn signIn;
        try {
            signIn = login.authenticate(username, password, request.getRemoteAddr(), device(request));
        } catch (LoginService.Throttled e) {
            return throttled(e);
        }
        keep(signIn.user(), request, response);
        ResponseEntity.BodyBuilder ok = ResponseEntity.ok();
        if (signIn.newDevice() != null) {
            ok.header(HttpHeaders.SET_COOKIE, ResponseCookie.from(LoginThrottle.DEVICE_COOKIE, signIn.newDevice()).httpOnly(true)
                    .secure(request.isSecure()).sameSite("Strict").path("/api/auth").maxAge(LoginThrottle.KNOWN_FOR).build().toString());
        }
        return ok.body(describe(signIn.user()));
    }

    /** The browser's device cookie (see {@link LoginThrottle}), or null. */
    private static String device(HttpServletRequest request) {
        if (request.getCookies() != null) {
            for (Cookie cookie : request.getCookies()) {
                if (LoginThrottle.DEVICE_COOKIE.equals(cookie.getName())) {
                    return cookie.getValue();
                }
            }
        }
        return null;
    }

    /** The session as this user, under a new session id (no session fixation) and with a fresh CSRF token. */
    private void keep(CurrentUser user, HttpServletRequest request, HttpServletResponse response) {
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new UsernamePasswordAuthenticationToken(user, null, user.authorities()));
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        CsrfToken token = csrfTokens.generateToken(request);
        csrfTokens.saveToken(token, request, response);
    }

    /** 429 with Retry-After (a header the problem details alone cannot carry). */
    private static ResponseEntity<ProblemDetail> throttled(LoginService.Throttled e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(e.status(), e.getMessage());
        problem.setTitle(e.title());
        e.properties().forEach(problem::setProperty);
        return ResponseEntity.status(e.status()).header(HttpHeaders.RETRY_AFTER, String.valueOf(e.retryAfterSeconds()))
                .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private Me describe(CurrentUser user) {
        String organisation = user.organisationId() == null ? null
                : organisations.findById(user.organisationId()).map(Organisation::name).orElse(null);
        return new Me(user.id(), user.username(), user.displayName(), user.role().name(), user.role().label(), user.organisationId(),
                organisation);
    }

}
