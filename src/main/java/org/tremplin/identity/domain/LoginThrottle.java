package org.tremplin.identity.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing: after {@value #MAX_FAILURES} failed logins for one user name within
 * the window, every attempt for that name is refused until the window has passed since the last
 * failure. Unknown names are throttled the same way, so throttling tells nothing about which exist.
 */
public class LoginThrottle {

    public static final int MAX_FAILURES = 5;
    public static final Duration WINDOW = Duration.ofMinutes(15);

    private record Failures(int count, Instant last) {
    }

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private final Clock clock;

    public LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    public boolean isBlocked(String username) {
        Failures f = failures.get(key(username));
        return f != null && f.count() >= MAX_FAILURES && !expired(f);
    }

    /** Minutes left before the next attempt is allowed (0 when not blocked). */
    public long minutesLeft(String username) {
        Failures f = failures.get(key(username));
        if (f == null || !isBlocked(username)) {
            return 0;
        }
        Duration left = Duration.between(clock.instant(), f.last().plus(WINDOW));
        return Math.max(1, (left.toSeconds() + 59) / 60);
    }

    public void failed(String username) {
        failures.merge(key(username), new Failures(1, clock.instant()),
                (old, one) -> new Failures(expired(old) ? 1 : old.count() + 1, one.last()));
        if (failures.size() > 100_000) {
            failures.values().removeIf(this::expired);
        }
    }

    public void succeeded(String username) {
        failures.remove(key(username));
    }

    private boolean expired(Failures f) {
        return f.last().plus(WINDOW).isBefore(clock.instant());
    }

    private static String key(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }
}
