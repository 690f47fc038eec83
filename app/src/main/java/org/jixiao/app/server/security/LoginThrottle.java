package org.jixiao.app.server.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.jixiao.app.server.organisation.OrganisationRepository;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Sign-in throttling with growing delays instead of a lockout: anyone can send wrong passwords for any account, so a
 * lock would let anyone keep anyone out. Failed sign-ins in a row are counted per account name (known or not, so that
 * the answers never tell which exist) and per client address. Up to {@value #FREE_ACCOUNT_FAILURES} failures for an
 * account, or {@value #FREE_ADDRESS_FAILURES} from an address (an office behind one address has many users), cost
 * nothing; after each further one the next attempt waits 1, 2, 4 … seconds, at most {@link #MAX_DELAY}. A run of
 * failures is forgotten {@link #FORGET_AFTER} after its last failure.
 *
 * <p>A browser that has signed in to an account before carries a device cookie for it ({@link #DEVICE_COOKIE}, kept
 * {@link #KNOWN_FOR}; the OWASP "device cookie" scheme): neither delay applies to it, so that an attack on the
 * administrator's account, or from the administrator's office address, does not keep the administrator out.
 *
 * <p>An attempt is counted before the password is checked (and given back when it succeeds), in one conditional update
 * per account, so that parallel requests cannot check more passwords than the delays allow.
 */
@Component
public class LoginThrottle {
    public static final int FREE_ACCOUNT_FAILURES = 5;
    public static final int FREE_ADDRESS_FAILURES = 20;
    public static final Duration MAX_DELAY = Duration.ofMinutes(15);
    public static final Duration FORGET_AFTER = Duration.ofHours(1);
    public static final Duration KNOWN_FOR = Duration.ofDays(90);
    public static final String DEVICE_COOKIE = "JIXIAO_DEVICE";
    /** Rows of failures older than this are deleted (the administrator's list shows a week). */
    static final Duration KEEP = Duration.ofDays(7);
    static final int MAX_KEY = 100;

    private final JdbcClient jdbc;
    private final Clock clock;

    LoginThrottle(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A run of failures as stored. */
    record Run(String key, int failures, Instant firstFailure, Instant lastFailure) {}

    /**
     * Counts an attempt for the account and the address, or says how long to wait.
     *
     * @param device the device cookie the browser sent, or null
     * @return empty when the password may be checked now, else the time to wait
     */
    public Optional<Duration> attempt(String username, String address, String device) {
        Instant now = now();
        boolean known = knownDevice(username, device, now);
        String addressKey = addressKey(address);
        if (!known) {
            Optional<Duration> addressWait = wait(find(addressKey).orElse(null), FREE_ADDRESS_FAILURES, now);
            if (addressWait.isPresent()) {
                return addressWait;
            }
        }
        String accountKey = accountKey(username);
        for (int tries = 0; tries < 5; tries++) {
            Run run = find(accountKey).orElse(null);
            if (!known) {
                Optional<Duration> accountWait = wait(run, FREE_ACCOUNT_FAILURES, now);
                if (accountWait.isPresent()) {
                    return accountWait;
                }
            }
            if (reserve(accountKey, run, now)) {
                increment(addressKey, now);
                return Optional.empty();
            }
            now = now(); // another attempt for the account came in between: read again
        }
        return Optional.of(Duration.ofSeconds(1));
    }

    /** The attempt succeeded: the account's run ends and the address gets its attempt back. */
    public void succeeded(String username, String address) {
        jdbc.sql("DELETE FROM login_throttle WHERE throttle_key = ?").param(accountKey(username)).update();
        jdbc.sql("UPDATE login_throttle SET failures = failures - 1 WHERE throttle_key = ? AND failures > 0").param(addressKey(address)).update();
    }

    /**
     * After a successful sign-in: the device cookie's value to set when the browser has none for this account yet, null
     * when its cookie is kept (and its use noted).
     */
    public String rememberDevice(String username, String device) {
        Instant now = now();
        String name = username.strip();
        if (device != null && jdbc.sql("UPDATE login_device SET last_used = ? WHERE token_hash = ? AND username = ?")
                .params(now.atOffset(ZoneOffset.UTC), sha256(device), name).update() == 1) {
            return null;
        }
        jdbc.sql("DELETE FROM login_device WHERE last_used < ?").param(now.minus(KNOWN_FOR).atOffset(ZoneOffset.UTC)).update();
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String token = HexFormat.of().formatHex(random);
        jdbc.sql("INSERT INTO login_device (token_hash, username, last_used) VALUES (?, ?, ?)")
                .params(sha256(token), name, now.atOffset(ZoneOffset.UTC)).update();
        return token;
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether the browser's device cookie belongs to this account and was used within {@link #KNOWN_FOR}. */
    private boolean knownDevice(String username, String device, Instant now) {
        if (device == null || device.isEmpty() || device.length() > 100) {
            return false;
        }
        return jdbc.sql("SELECT COUNT(*) FROM login_device WHERE token_hash = ? AND username = ? AND last_used > ?")
                .params(sha256(device), username.strip(), now.minus(KNOWN_FOR).atOffset(ZoneOffset.UTC)).query(Long.class).single() > 0;
    }

    /** Ends the account's run of failures (the administrator's 解除登录限制). */
    public void clear(String username) {
        jdbc.sql("DELETE FROM login_throttle WHERE throttle_key = ?").param(accountKey(username)).update();
    }

    /** A run of failed sign-ins as the administrator sees it. */
    public record Failures(String kind, String name, int failures, Instant firstFailure, Instant lastFailure, Instant delayedUntil) {}

    /** The current runs of at least {@code minimum} failures, most failures first. */
    public List<Failures> failures(int minimum) {
        Instant now = now();
        return jdbc.sql("SELECT * FROM login_throttle WHERE failures >= ? AND last_failure > ? ORDER BY failures DESC, last_failure DESC")
                .params(minimum, now.minus(FORGET_AFTER).atOffset(ZoneOffset.UTC)).query(LoginThrottle::map).list().stream()
                .map(run -> {
                    boolean account = run.key().startsWith("account:");
                    Instant until = delayedUntil(run, account ? FREE_ACCOUNT_FAILURES : FREE_ADDRESS_FAILURES);
                    return new Failures(account ? "账号" : "地址", run.key().substring(run.key().indexOf(':') + 1), run.failures(),
                            run.firstFailure(), run.lastFailure(), until != null && until.isAfter(now) ? until : null);
                }).toList();
    }

    /** The account's current run, for the user list (null when none); its delay is what a browser without its device cookie waits. */
    public Failures ofAccount(String username) {
        Instant now = now();
        return find(accountKey(username)).filter(run -> run.lastFailure().isAfter(now.minus(FORGET_AFTER))).map(run -> {
            Instant until = delayedUntil(run, FREE_ACCOUNT_FAILURES);
            return new Failures("账号", username, run.failures(), run.firstFailure(), run.lastFailure(),
                    until != null && until.isAfter(now) ? until : null);
        }).orElse(null);
    }

    // ---------------------------------------------------------------- the rule

    /** The delay after the n-th failure in a row: none up to the free ones, then 1, 2, 4 … seconds, at most {@link #MAX_DELAY}. */
    static Duration delay(int failures, int free) {
        if (failures <= free) {
            return Duration.ZERO;
        }
        int doublings = failures - free - 1;
        return doublings >= 20 ? MAX_DELAY : min(Duration.ofSeconds(1L << doublings), MAX_DELAY);
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static Instant delayedUntil(Run run, int free) {
        Duration delay = delay(run.failures(), free);
        return delay.isZero() ? null : run.lastFailure().plus(delay);
    }

    private static Optional<Duration> wait(Run run, int free, Instant now) {
        if (run == null || forgotten(run, now)) {
            return Optional.empty();
        }
        Instant until = delayedUntil(run, free);
        if (until == null || !until.isAfter(now)) {
            return Optional.empty();
        }
        return Optional.of(Duration.between(now, until));
    }

    private static boolean forgotten(Run run, Instant now) {
        return run.lastFailure().isBefore(now.minus(FORGET_AFTER));
    }

    // ---------------------------------------------------------------- storage

    private static String accountKey(String username) {
        return truncate("account:" + username.strip());
    }

    private static String addressKey(String address) {
        return truncate("address:" + address);
    }

    private static String truncate(String key) {
        return key.length() > MAX_KEY ? key.substring(0, MAX_KEY) : key;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private Optional<Run> find(String key) {
        return jdbc.sql("SELECT * FROM login_throttle WHERE throttle_key = ?").param(key).query(LoginThrottle::map).optional();
    }

    /** Counts one more failure on the run as it was read; false when someone else changed it since (read again). */
    private boolean reserve(String key, Run run, Instant now) {
        if (run == null) {
            jdbc.sql("DELETE FROM login_throttle WHERE last_failure < ?").param(now.minus(KEEP).atOffset(ZoneOffset.UTC)).update();
            return insert(key, now);
        }
        boolean fresh = forgotten(run, now);
        return jdbc.sql("UPDATE login_throttle SET failures = ?, first_failure = ?, last_failure = ?"
                        + " WHERE throttle_key = ? AND failures = ? AND last_failure = ?")
                .params(fresh ? 1 : run.failures() + 1, (fresh ? now : run.firstFailure()).atOffset(ZoneOffset.UTC), now.atOffset(ZoneOffset.UTC),
                        key, run.failures(), run.lastFailure().atOffset(ZoneOffset.UTC))
                .update() == 1;
    }

    private void increment(String key, Instant now) {
        Run run = find(key).orElse(null);
        if (run == null && insert(key, now)) {
            return;
        }
        jdbc.sql("UPDATE login_throttle SET failures = CASE WHEN last_failure < ? THEN 1 ELSE failures + 1 END,"
                        + " first_failure = CASE WHEN last_failure < ? THEN ? ELSE first_failure END, last_failure = ? WHERE throttle_key = ?")
                .params(now.minus(FORGET_AFTER).atOffset(ZoneOffset.UTC), now.minus(FORGET_AFTER).atOffset(ZoneOffset.UTC),
                        now.atOffset(ZoneOffset.UTC), now.atOffset(ZoneOffset.UTC), key)
                .update();
    }

    private boolean insert(String key, Instant now) {
        try {
            jdbc.sql("INSERT INTO login_throttle (throttle_key, failures, first_failure, last_failure) VALUES (?, 1, ?, ?)")
                    .params(key, now.atOffset(ZoneOffset.UTC), now.atOffset(ZoneOffset.UTC)).update();
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    private static Run map(ResultSet rs, int row) throws SQLException {
        return new Run(rs.getString("throttle_key"), rs.getInt("failures"), OrganisationRepository.instant(rs, "first_failure"),
                OrganisationRepository.instant(rs, "last_failure"));
    }
}
