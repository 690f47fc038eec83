package org.jixiao.app.server.security;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
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
 * nothing; after each further one the next attempt waits 1, 2, 4 … seconds, at most {@link #MAX_DELAY}. The account's delay does
 * not apply at an address the account has signed in from before ({@link #KNOWN_FOR}): an attack on the administrator's
 * account from elsewhere does not keep the administrator out. A run of failures is forgotten {@link #FORGET_AFTER}
 * after its last failure.
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
     * @return empty when the password may be checked now, else the time to wait
     */
    public Optional<Duration> attempt(String username, String address) {
        Instant now = now();
        String addressKey = addressKey(address);
        Optional<Duration> addressWait = wait(find(addressKey).orElse(null), FREE_ADDRESS_FAILURES, now);
        if (addressWait.isPresent()) {
            return addressWait;
        }
        String accountKey = accountKey(username);
        boolean known = known(username, address, now);
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

    /** The attempt succeeded: the account's run ends, the address gets its attempt back, the address becomes known. */
    public void succeeded(String username, String address) {
        Instant now = now();
        jdbc.sql("DELETE FROM login_throttle WHERE throttle_key = ?").param(accountKey(username)).update();
        jdbc.sql("UPDATE login_throttle SET failures = failures - 1 WHERE throttle_key = ? AND failures > 0").param(addressKey(address)).update();
        String name = username.strip();
        if (jdbc.sql("UPDATE login_known_address SET last_success = ? WHERE username = ? AND address = ?")
                .params(now.atOffset(ZoneOffset.UTC), name, address).update() == 0) {
            try {
                jdbc.sql("INSERT INTO login_known_address (username, address, last_success) VALUES (?, ?, ?)")
                        .params(name, address, now.atOffset(ZoneOffset.UTC)).update();
            } catch (DuplicateKeyException e) {
                // signed in twice at the same moment: already known
            }
        }
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

    /** The account's current run, for the user list (null when none). */
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

    private boolean known(String username, String address, Instant now) {
        return jdbc.sql("SELECT COUNT(*) FROM login_known_address WHERE username = ? AND address = ? AND last_success > ?")
                .params(username.strip(), address, now.minus(KNOWN_FOR).atOffset(ZoneOffset.UTC)).query(Long.class).single() > 0;
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
