package org.jixiao.app.server.security;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.jixiao.app.server.ApiException;
import org.jixiao.app.server.audit.AuditAction;
import org.jixiao.app.server.audit.AuditLog;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Signing in and changing one's own password. An unknown user, a wrong password and a disabled account get one and the
 * same answer (401, {@link #FAILED}), after the same BCrypt work, so that the answers never tell which accounts exist;
 * too many failures in a row make the next attempt wait ({@link LoginThrottle}) instead of locking the account.
 */
@Service
public class LoginService {
    public static final String FAILED = "用户名或密码错误，或账户已停用";
    public static final int MIN_PASSWORD_LENGTH = 8;
    /** BCrypt reads at most 72 bytes. */
    public static final int MAX_PASSWORD_LENGTH = 72;

    private final UserRepository users;
    private final PasswordEncoder passwords;
    private final LoginThrottle throttle;
    private final AuditLog audit;
    private final TransactionTemplate transaction;
    /** Matched against when the username does not exist, so that the answer takes as long as for a real account. */
    private final String dummyHash;

    LoginService(UserRepository users, PasswordEncoder passwords, LoginThrottle throttle, AuditLog audit, TransactionTemplate transaction) {
        this.users = users;
        this.passwords = passwords;
        this.throttle = throttle;
        this.audit = audit;
        this.transaction = transaction;
        this.dummyHash = passwords.encode(UUID.randomUUID().toString());
    }

    /** 429: the attempt was not checked; try again after {@code wait}. */
    public static final class Throttled extends ApiException {
        private static final long serialVersionUID = 1L;
        private final transient Duration wait;

        Throttled(Duration wait) {
            super(HttpStatus.TOO_MANY_REQUESTS, "尝试过于频繁", "登录失败次数过多，请 " + seconds(wait) + " 秒后再试", Map.of("retryAfter", seconds(wait)));
            this.wait = wait;
        }

        public long retryAfterSeconds() {
            return seconds(wait);
        }

        private static long seconds(Duration wait) {
            return Math.max(1, (wait.toMillis() + 999) / 1000);
        }
    }

    /**
     * A successful sign-in.
     *
     * @param newDevice the device cookie to give the browser ({@link LoginThrottle#DEVICE_COOKIE}), or null to keep its own
     */
    public record SignIn(CurrentUser user, String newDevice) {}

    /**
     * The account if the password is right and the account enabled; 401 {@link #FAILED} otherwise, 429 when throttled.
     *
     * @param device the browser's device cookie, or null
     */
    public SignIn authenticate(String username, String password, String address, String device) {
        if (username == null || username.isBlank() || password == null || password.isEmpty()) {
            throw ApiException.badRequest("请输入用户名和密码");
        }
        String name = username.strip();
        throttle.attempt(name, address, device).ifPresent(wait -> {
            throw new Throttled(wait);
        });
        AppUser user = users.findByUsername(name).orElse(null);
        boolean matches = passwords.matches(password, user == null ? dummyHash : user.passwordHash());
        if (user == null || !matches || !user.enabled()) {
            throw new ApiException(HttpStatus.UNAUTHORIZED, "登录失败", FAILED, null);
        }
        throttle.succeeded(name, address);
        return new SignIn(user.toCurrentUser(), throttle.rememberDevice(name, device));
    }

    /**
     * Changes the signed-in user's own password after checking the current one (a wrong one counts as a failed sign-in);
     * the account's session version is incremented, which ends its other sessions. Returns the user with the new version,
     * for the session that asked.
     */
    public CurrentUser changeOwnPassword(CurrentUser user, String currentPassword, String newPassword, String address, String device) {
        if (currentPassword == null || currentPassword.isEmpty()) {
            throw ApiException.invalidField("currentPassword", "请输入当前密码");
        }
        checkPassword("newPassword", newPassword);
        throttle.attempt(user.username(), address, device).ifPresent(wait -> {
            throw new Throttled(wait);
        });
        AppUser account = users.findById(user.id()).orElseThrow(() -> ApiException.notFound("账号不存在"));
        if (!passwords.matches(currentPassword, account.passwordHash())) {
            throw ApiException.invalidField("currentPassword", "当前密码不正确");
        }
        throttle.succeeded(user.username(), address);
        if (passwords.matches(newPassword, account.passwordHash())) {
            throw ApiException.invalidField("newPassword", "新密码不能与当前密码相同");
        }
        AppUser changed = new AppUser(account.id(), account.username(), passwords.encode(newPassword), account.displayName(),
                account.organisationId(), account.role(), account.enabled(), account.sessionVersion() + 1);
        transaction.executeWithoutResult(status -> {
            users.update(changed);
            audit.recordAdministration(user, AuditAction.PASSWORD_CHANGE, "user/" + account.username() + "/password", null, "（已修改）",
                    "本人修改密码，其他会话已结束");
        });
        return changed.toCurrentUser();
    }

    /** The rules of a new password; 400 naming {@code field}. */
    public static void checkPassword(String field, String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw ApiException.invalidField(field, "密码至少 " + MIN_PASSWORD_LENGTH + " 位");
        }
        if (password.length() > MAX_PASSWORD_LENGTH) {
            throw ApiException.invalidField(field, "密码不能超过 " + MAX_PASSWORD_LENGTH + " 位");
        }
        // BCrypt refuses more than 72 bytes (an exception, a 500): a Chinese character takes 3
        int bytes = password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        if (bytes > MAX_PASSWORD_LENGTH) {
            throw ApiException.unprocessable(field, "密码不能超过 " + MAX_PASSWORD_LENGTH + " 个字节（实际 " + bytes
                    + " 个；一个汉字占 3 个字节）");
        }
    }
}
