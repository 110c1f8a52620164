package org.tremplin.shared.infrastructure;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Values read from the database and kept a while by key (a list's total, a dashboard's figures): the one kept is
 * used while fresh, else it is read again and kept. {@link #forget()} drops them all at once; its callers call it when
 * a write through JPA on this instance may change them, when flushed and again when its transaction ends, so that a
 * value read in between (still seeing the old rows) is not kept either. A value read while a write went on is used
 * but not kept. What this instance does not see (another instance's writes, rows written by plain SQL) shows at the
 * latest the time to live later.
 *
 * @param <K> the key: what the value depends on besides the data (a filter, the caller's scope)
 * @param <V> the value
 */
public final class KeptValues<K, V> {

    /** Values kept at most: past this, all are dropped (each is one read away). */
    public static final int MAX_ENTRIES = 1_000;

    private record Entry<V>(V value, Instant until, long generation) {
    }

    private final Clock clock;
    private final Duration ttl;
    private final Map<K, Entry<V>> values = new ConcurrentHashMap<>();
    /** Moves on at every write: a value read under an older generation is not used. */
    private final AtomicLong generation = new AtomicLong();

    public KeptValues(Clock clock, Duration ttl) {
        this.clock = clock;
        this.ttl = ttl;
    }

    /** The value for this key: the one kept if still fresh, else {@code read}'s, then kept. */
    public V get(K key, Supplier<V> read) {
        Instant now = clock.instant();
        long current = generation.get();
        Entry<V> kept = values.get(key);
        if (kept != null && kept.generation() == current && now.isBefore(kept.until())) {
            return kept.value();
        }
        V value = read.get();
        if (generation.get() == current) { // nothing written while reading
            if (values.size() >= MAX_ENTRIES) {
                values.clear();
            }
            values.put(key, new Entry<>(value, now.plus(ttl), current));
        }
        return value;
    }

    /** Every value is dropped. */
    public void forget() {
        generation.incrementAndGet();
        values.clear();
    }
}
