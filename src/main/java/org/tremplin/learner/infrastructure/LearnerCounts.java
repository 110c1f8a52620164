package org.tremplin.learner.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.tremplin.learner.domain.Enrolment;
import org.tremplin.learner.domain.Learner;
import org.tremplin.learner.domain.LearnerFilter;
import org.tremplin.shared.domain.BaseEntity;
import org.tremplin.shared.domain.EntityWritten;

/**
 * The totals of the learner list, kept {@link #TTL} for the same filter and site scope. Counting
 * 100,000 learners is an index scan of 10-20 ms on PostgreSQL, the largest part of the database's
 * work for a page, and every page view and click of the paginator asks for it again.
 * <p>
 * Any learner or enrolment written through JPA on this instance drops every total at once: when the
 * write is flushed, and again when its transaction ends, so that a count read in between (still
 * seeing the old rows) is not kept. What this instance does not see, another instance's writes or
 * rows written by plain SQL (the retention job), shows at the latest {@link #TTL} later.
 */
@ApplicationScoped
public class LearnerCounts {

    /** The same delay as the lists EclipseLink keeps: one delay for what another instance sees late. */
    static final Duration TTL = Duration.ofMillis(Long.parseLong(BaseEntity.KEPT_MILLIS));
    /** Totals kept at most: past this, all are dropped (each is one recount away). */
    static final int MAX_ENTRIES = 1_000;

    private record Key(LearnerFilter filter, Optional<List<Long>> siteScope) {
    }

    private record Entry(long count, Instant until, long generation) {
    }

    private final Clock clock;
    private final Map<Key, Entry> totals = new ConcurrentHashMap<>();
    /** Moves on at every write: a total counted under an older generation is not used. */
    private final AtomicLong generation = new AtomicLong();

    public LearnerCounts() {
        this(Clock.systemUTC());
    }

    LearnerCounts(Clock clock) {
        this.clock = clock;
    }

    /** The total for this filter and scope: the one kept if still fresh, else {@code count}'s, then kept. */
    public long count(LearnerFilter filter, Optional<List<Long>> siteScope, LongSupplier count) {
        Key key = new Key(filter, siteScope);
        Instant now = clock.instant();
        long current = generation.get();
        Entry kept = totals.get(key);
        if (kept != null && kept.generation() == current && now.isBefore(kept.until())) {
            return kept.count();
        }
        long total = count.getAsLong();
        if (generation.get() == current) { // nothing written while counting
            if (totals.size() >= MAX_ENTRIES) {
                totals.clear();
            }
            totals.put(key, new Entry(total, now.plus(TTL), current));
        }
        return total;
    }

    /** Every total is dropped. */
    public void forget() {
        generation.incrementAndGet();
        totals.clear();
    }

    void written(@Observes EntityWritten event) {
        if (counted(event)) {
            forget();
        }
    }

    void committed(@Observes(during = TransactionPhase.AFTER_COMPLETION) EntityWritten event) {
        if (counted(event)) {
            forget();
        }
    }

    private static boolean counted(EntityWritten event) {
        return Learner.class.isAssignableFrom(event.type()) || Enrolment.class.isAssignableFrom(event.type());
    }
}
