package org.tremplin.learner.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.tremplin.learner.domain.Enrolment;
import org.tremplin.learner.domain.Learner;
import org.tremplin.learner.domain.LearnerFilter;
import org.tremplin.programme.domain.Site;
import org.tremplin.shared.domain.EntityWritten;
import org.tremplin.testing.MutableClock;

class LearnerCountsTest {

    static final Optional<List<Long>> ALL = Optional.empty();
    static final Optional<List<Long>> LILLE = Optional.of(List.of(1L));

    final MutableClock clock = new MutableClock("2026-11-29T10:00:00Z");
    final LearnerCounts counts = new LearnerCounts(clock);
    /** The database: each count asks it once and gets its current total. */
    final AtomicLong rows = new AtomicLong(100);
    int queries;

    long count(LearnerFilter filter, Optional<List<Long>> scope) {
        return counts.count(filter, scope, () -> {
            queries++;
            return rows.get();
        });
    }

    @Test
    void theSameListIsCountedOnceWhileItsTotalIsFresh() {
        assertEquals(100, count(LearnerFilter.none(), ALL));
        rows.set(101); // written where this instance cannot see (plain SQL, another instance)
        clock.advance(LearnerCounts.TTL.minusMillis(1));
        assertEquals(100, count(LearnerFilter.none(), ALL));
        assertEquals(1, queries);
        clock.advance(Duration.ofMillis(1));
        assertEquals(101, count(LearnerFilter.none(), ALL));
        assertEquals(2, queries);
    }

    @Test
    void eachFilterAndScopeHasItsOwnTotal() {
        count(LearnerFilter.none(), ALL);
        count(LearnerFilter.none(), LILLE);
        count(LearnerFilter.text("martin"), ALL);
        count(LearnerFilter.text("martin"), ALL);
        count(LearnerFilter.none(), LILLE);
        assertEquals(3, queries);
    }

    @Test
    void aLearnerOrAnEnrolmentWrittenDropsEveryTotal() {
        count(LearnerFilter.none(), ALL);
        count(LearnerFilter.none(), LILLE);
        rows.set(101);
        counts.written(new EntityWritten(Learner.class));
        assertEquals(101, count(LearnerFilter.none(), ALL));
        assertEquals(101, count(LearnerFilter.none(), LILLE));
        rows.set(102);
        counts.committed(new EntityWritten(Enrolment.class));
        assertEquals(102, count(LearnerFilter.none(), ALL));
        assertEquals(5, queries);
    }

    @Test
    void otherWritesKeepTheTotals() {
        count(LearnerFilter.none(), ALL);
        counts.written(new EntityWritten(Site.class));
        counts.committed(new EntityWritten(Site.class));
        count(LearnerFilter.none(), ALL);
        assertEquals(1, queries);
    }

    @Test
    void aTotalCountedWhileAWriteWentOnIsNotKept() {
        // the write is flushed while the count runs: the count may or may not see it, so it is not kept
        long seen = counts.count(LearnerFilter.none(), ALL, () -> {
            counts.written(new EntityWritten(Learner.class));
            return 100;
        });
        assertEquals(100, seen);
        rows.set(101);
        assertEquals(101, count(LearnerFilter.none(), ALL));
        assertEquals(1, queries);
    }

    @Test
    void aTotalKeptBeforeTheWriteEndedIsDroppedWhenItEnds() {
        counts.written(new EntityWritten(Learner.class)); // flushed, not yet committed
        assertEquals(100, count(LearnerFilter.none(), ALL)); // read before the commit: old rows
        rows.set(101);
        counts.committed(new EntityWritten(Learner.class));
        assertEquals(101, count(LearnerFilter.none(), ALL));
    }

    @Test
    void totalsAreBoundedInNumber() {
        for (int i = 0; i <= LearnerCounts.MAX_ENTRIES; i++) {
            count(LearnerFilter.text("name" + i), ALL);
        }
        count(LearnerFilter.text("name0"), ALL); // dropped when the limit was reached
        assertEquals(LearnerCounts.MAX_ENTRIES + 2, queries);
    }
}
