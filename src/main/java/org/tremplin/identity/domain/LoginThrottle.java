package org.tremplin.identity.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing without letting anyone lock a person out. Failures are counted three ways,
 * each forgotten {@link #WINDOW} after its last failure:
 * <ul>
 * <li>per client address and user name: from the {@value #PAIR_FREE}th failure on, that address waits before
 * trying that name again, twice as long after each further failure (30 s, 1 min, 2 min … at most 15 min);</li>
 * <li>per client address, whatever the names: from the {@value #ADDRESS_FREE}th failure on, the same growing
 * delay for every name (one address spraying many accounts);</li>
 * <li>per user name, from every address: from the {@value #ACCOUNT_FREE}th failure on, a short growing delay
 * (1 s, 2 s … at most {@link #ACCOUNT_MAX}), so that guessing from many addresses stays slow while the
 * person, from their own address, is kept waiting seconds at most.</li>
 * </ul>
 * A success from an address clears that address's counts (for the name and for the address). Unknown names are
 * counted the same way, so the delays tell nothing about which names exist.
 */
public class LoginThrottle {

    public static final int PAIR_FREE = 5;
    public static final int ADDRESS_FREE = 20;
    public static final int ACCOUNT_FREE = 10;
    public static final Duration WINDOW = Duration.ofMinutes(15);
    static final Duration FIRST_DELAY = Duration.ofSeconds(30);
    static final Duration MAX_DELAY = Duration.ofMinutes(15);
    static final Duration ACCOUNT_MAX = Duration.ofSeconds(30);

    private record Failures(int count, Instant last) {
    }

    private final Map<String, Failures> pairs = new ConcurrentHashMap<>();
    private final Map<String, Failures> addresses = new ConcurrentHashMap<>();
    private final Map<String, Failures> accounts = new ConcurrentHashMap<>();
    private final Clock clock;

    public LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** How long this address must still wait before trying this name (zero: it may try now). */
    public Duration waitFor(String address, String username) {
        Instant now = clock.instant();
        Duration pair = left(pairs.get(pairKey(address, username)), PAIR_FREE, FIRST_DELAY, MAX_DELAY, now);
        Duration all = left(addresses.get(key(address)), ADDRESS_FREE, FIRST_DELAY, MAX_DELAY, now);
        Duration account = left(accounts.get(key(username)), ACCOUNT_FREE, Duration.ofSeconds(1), ACCOUNT_MAX, now);
        Duration longest = pair.compareTo(all) >= 0 ? pair : all;
        return longest.compareTo(account) >= 0 ? longest : account;
    }

    public boolean isBlocked(String address, String username) {
        return !waitFor(address, username).isZero();
    }

    /** The wait in whole minutes, rounded up, for a message (0 when not blocked). */
    public long minutesLeft(String address, String username) {
        Duration left = waitFor(address, username);
        return left.isZero() ? 0 : Math.max(1, (left.toSeconds() + 59) / 60);
    }

    public void failed(String address, String username) {
        Instant now = clock.instant();
        count(pairs, pairKey(address, username), now);
        count(addresses, key(address), now);
        count(accounts, key(username), now);
    }

    public void succeeded(String address, String username) {
        pairs.remove(pairKey(address, username));
        addresses.remove(key(address));
    }

    private void count(Map<String, Failures> map, String key, Instant now) {
        map.merge(key, new Failures(1, now), (old, one) -> new Failures(expired(old, now) ? 1 : old.count() + 1, now));
        if (map.size() > 100_000) {
            map.values().removeIf(f -> expired(f, now));
        }
    }

    /** The delay left after the last failure: none below {@code free} failures, then doubling from {@code first}. */
    private static Duration left(Failures f, int free, Duration first, Duration max, Instant now) {
        if (f == null || f.count() < free || expired(f, now)) {
            return Duration.ZERO;
        }
        int doublings = Math.min(f.count() - free, 20);
        Duration delay = first.multipliedBy(1L << doublings);
        delay = delay.compareTo(max) > 0 ? max : delay;
        Duration left = Duration.between(now, f.last().plus(delay));
        return left.isNegative() ? Duration.ZERO : left;
    }

    private static boolean expired(Failures f, Instant now) {
        return f.last().plus(WINDOW).isBefore(now);
    }

    private static String pairKey(String address, String username) {
        return key(address) + "\u0000" + key(username);
    }

    private static String key(String s) {
        return s == null ? "" : s.strip().toLowerCase(Locale.ROOT);
    }
}
