package org.tremplin.learner.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.tremplin.learner.domain.Enrolment;
import org.tremplin.learner.domain.Learner;
import org.tremplin.learner.domain.LearnerFilter;
import org.tremplin.learner.domain.LearnerSort;
import org.tremplin.shared.domain.BaseEntity;
import org.tremplin.shared.domain.EntityWritten;
import org.tremplin.shared.infrastructure.KeptValues;

/**
 * The totals of the learner list, and the ids of its pages, kept {@link #TTL} for the same filter, site scope and
 * (for a page) order and slice. Counting 100,000 learners is an index scan of 10-20 ms on PostgreSQL, the largest
 * part of the database's work for a page; the ids of a page are a second statement, whose JPQL EclipseLink turns into
 * SQL again at every use. Every page view, click of the paginator and API call asks for both again, and people
 * (and API clients) come back to the same pages: while they are kept, a page costs one statement, its learners.
 * <p>
 * Any learner or enrolment written through JPA on this instance drops everything kept at once: when the write is
 * flushed, and again when its transaction ends, so that what is read in between (still seeing the old rows) is not
 * kept. What this instance does not see, another instance's writes or rows written by plain SQL (the retention job),
 * shows at the latest {@link #TTL} later, as in EclipseLink's own cache (docs/cluster.md).
 */
@ApplicationScoped
public class LearnerLists {

    /** The same delay as the lists EclipseLink keeps: one delay for what another instance sees late. */
    static final Duration TTL = Duration.ofMillis(Long.parseLong(BaseEntity.KEPT_MILLIS));
    /** Totals (and pages) kept at most: past this, all are dropped (each is one statement away). */
    static final int MAX_ENTRIES = KeptValues.MAX_ENTRIES;

    private record Key(LearnerFilter filter, Optional<List<Long>> siteScope) {
    }

    private record PageKey(LearnerFilter filter, Optional<List<Long>> siteScope, LearnerSort sort, boolean descending,
            int first, int size) {
    }

    private final KeptValues<Key, Long> totals;
    private final KeptValues<PageKey, List<Long>> pages;

    public LearnerLists() {
        this(Clock.systemUTC());
    }

    LearnerLists(Clock clock) {
        this.totals = new KeptValues<>(clock, TTL);
        this.pages = new KeptValues<>(clock, TTL);
    }

    /** The total for this filter and scope: the one kept if still fresh, else {@code count}'s, then kept. */
    public long count(LearnerFilter filter, Optional<List<Long>> siteScope, LongSupplier count) {
        return totals.get(new Key(filter, siteScope), count::getAsLong);
    }

    /** The ids of a page of this list, in its order: those kept if still fresh, else {@code read}'s, then kept. */
    public List<Long> pageIds(LearnerFilter filter, Optional<List<Long>> siteScope, LearnerSort sort, boolean descending,
            int first, int size, Supplier<List<Long>> read) {
        return pages.get(new PageKey(filter, siteScope, sort, descending, first, size), () -> List.copyOf(read.get()));
    }

    /** Every total and page is dropped. */
    public void forget() {
        totals.forget();
        pages.forget();
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
