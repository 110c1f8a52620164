package org.tremplin.learner.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.LongSupplier;
import org.tremplin.learner.domain.Enrolment;
import org.tremplin.learner.domain.Learner;
import org.tremplin.learner.domain.LearnerFilter;
import org.tremplin.shared.domain.BaseEntity;
import org.tremplin.shared.domain.EntityWritten;
import org.tremplin.shared.infrastructure.KeptValues;

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
    static final int MAX_ENTRIES = KeptValues.MAX_ENTRIES;

    private record Key(LearnerFilter filter, Optional<List<Long>> siteScope) {
    }

    private final KeptValues<Key, Long> totals;

    public LearnerCounts() {
        this(Clock.systemUTC());
    }

    LearnerCounts(Clock clock) {
        this.totals = new KeptValues<>(clock, TTL);
    }

    /** The total for this filter and scope: the one kept if still fresh, else {@code count}'s, then kept. */
    public long count(LearnerFilter filter, Optional<List<Long>> siteScope, LongSupplier count) {
        return totals.get(new Key(filter, siteScope), count::getAsLong);
    }

    /** Every total is dropped. */
    public void forget() {
        totals.forget();
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
