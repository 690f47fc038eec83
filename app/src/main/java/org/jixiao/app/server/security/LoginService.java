package org.jixiao.app.server.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import org.jixiao.app.server.ApiException;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * Checks a username and password against the BCrypt hash. After {@value #MAX_FAILURES} failed attempts in a row the
 * account is locked for 15 minutes; while locked even the right password is refused.
 */
@Service
public class LoginService {
    public static final int MAX_FAILURES = 5;
    public static final Duration LOCK_DURATION = Duration.ofMinutes(15);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneId.of("Asia/Shanghai"));

    private final UserRepository users;
    private final PasswordEncoder passwords;
    private final Clock clock;
    /** Matched against when the username does not exist, so that the answer takes as long as for a real account. */
    private final String dummyHash;

    LoginService(UserRepository users, PasswordEncoder passwords, Clock clock) {
        this.users = users;
        this.passwords = passwords;
        this.clock = clock;
        this.dummyHash = passwords.encode(java.util.UUID.randomUUID().toString());
    }

    public CurrentUser authenticate(String username, String password) {
        if (username == null || username.isBlank() || password == null || password.isEmpty()) {
            throw ApiException.badRequest("请输入用户名和密码");
        }
        AppUser user = users.findByUsername(username.strip()).orElse(null);
        Instant now = clock.instant();
        if (user == null) {
            passwords.matches(password, dummyHash);
            throw wrongPassword();
        }
        if (user.isLocked(now)) {
            throw locked(user.lockedUntil());
        }
        if (!user.enabled()) {
            throw new ApiException(HttpStatus.UNAUTHORIZED, "登录失败", "账户已停用，请联系系统管理员", null);
        }
        if (!passwords.matches(password, user.passwordHash())) {
            int failures = user.failedAttempts() + 1;
            if (failures >= MAX_FAILURES) {
                Instant until = now.plus(LOCK_DURATION);
                users.recordFailure(user.id(), 0, until);
                throw locked(until);
            }
            users.recordFailure(user.id(), failures, null);
            throw wrongPassword();
        }
        users.recordSuccess(user.id());
        return user.toCurrentUser();
    }

    private static ApiException wrongPassword() {
        return new ApiException(HttpStatus.UNAUTHORIZED, "登录失败",
                "用户名或密码错误（连续失败 " + MAX_FAILURES + " 次将锁定账户 " + LOCK_DURATION.toMinutes() + " 分钟）", null);
    }

    private static ApiException locked(Instant until) {
        return new ApiException(HttpStatus.LOCKED, "账户已锁定",
                "密码连续错误 " + MAX_FAILURES + " 次，账户已锁定 " + LOCK_DURATION.toMinutes() + " 分钟，请于 " + TIME.format(until)
                        + " 之后重试，或请系统管理员解锁",
                Map.of("lockedUntil", until.toString()));
    }

}
