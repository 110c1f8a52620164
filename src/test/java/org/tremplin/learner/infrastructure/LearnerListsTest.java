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
import org.tremplin.learner.domain.LearnerSort;
import org.tremplin.programme.domain.Site;
import org.tremplin.shared.domain.EntityWritten;
import org.tremplin.testing.MutableClock;

class LearnerListsTest {

    static final Optional<List<Long>> ALL = Optional.empty();
    static final Optional<List<Long>> LILLE = Optional.of(List.of(1L));

    final MutableClock clock = new MutableClock("2026-11-29T10:00:00Z");
    final LearnerLists lists = new LearnerLists(clock);
    /** The database: each count asks it once and gets its current total. */
    final AtomicLong rows = new AtomicLong(100);
    int queries;

    long count(LearnerFilter filter, Optional<List<Long>> scope) {
        return lists.count(filter, scope, () -> {
            queries++;
            return rows.get();
        });
    }

    @Test
    void theSameListIsCountedOnceWhileItsTotalIsFresh() {
        assertEquals(100, count(LearnerFilter.none(), ALL));
        rows.set(101); // written where this instance cannot see (plain SQL, another instance)
        clock.advance(LearnerLists.TTL.minusMillis(1));
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
        lists.written(new EntityWritten(Learner.class));
        assertEquals(101, count(LearnerFilter.none(), ALL));
        assertEquals(101, count(LearnerFilter.none(), LILLE));
        rows.set(102);
        lists.committed(new EntityWritten(Enrolment.class));
        assertEquals(102, count(LearnerFilter.none(), ALL));
        assertEquals(5, queries);
    }

    @Test
    void otherWritesKeepTheTotals() {
        count(LearnerFilter.none(), ALL);
        lists.written(new EntityWritten(Site.class));
        lists.committed(new EntityWritten(Site.class));
        count(LearnerFilter.none(), ALL);
        assertEquals(1, queries);
    }

    @Test
    void aTotalCountedWhileAWriteWentOnIsNotKept() {
        // the write is flushed while the count runs: the count may or may not see it, so it is not kept
        long seen = lists.count(LearnerFilter.none(), ALL, () -> {
            lists.written(new EntityWritten(Learner.class));
            return 100;
        });
        assertEquals(100, seen);
        rows.set(101);
        assertEquals(101, count(LearnerFilter.none(), ALL));
        assertEquals(1, queries);
    }

    @Test
    void aTotalKeptBeforeTheWriteEndedIsDroppedWhenItEnds() {
        lists.written(new EntityWritten(Learner.class)); // flushed, not yet committed
        assertEquals(100, count(LearnerFilter.none(), ALL)); // read before the commit: old rows
        rows.set(101);
        lists.committed(new EntityWritten(Learner.class));
        assertEquals(101, count(LearnerFilter.none(), ALL));
    }

    /** The ids of a page: each read asks the database once and gets its current first rows. */
    List<Long> page(LearnerFilter filter, Optional<List<Long>> scope, LearnerSort sort, int first) {
        return lists.pageIds(filter, scope, sort, false, first, 2, () -> {
            queries++;
            return List.of(rows.get() + first, rows.get() + first + 1);
        });
    }

    @Test
    void aPageIsReadOnceWhileFreshAndEachSliceOrderFilterAndScopeHasItsOwn() {
        assertEquals(List.of(100L, 101L), page(LearnerFilter.none(), ALL, LearnerSort.NAME, 0));
        rows.set(200); // written where this instance cannot see
        assertEquals(List.of(100L, 101L), page(LearnerFilter.none(), ALL, LearnerSort.NAME, 0));
        assertEquals(1, queries);
        page(LearnerFilter.none(), ALL, LearnerSort.NAME, 2);
        page(LearnerFilter.none(), ALL, LearnerSort.RECENT, 0);
        page(LearnerFilter.none(), LILLE, LearnerSort.NAME, 0);
        page(LearnerFilter.text("martin"), ALL, LearnerSort.NAME, 0);
        assertEquals(5, queries);
        assertEquals(List.of(100L, 101L), lists.pageIds(LearnerFilter.none(), ALL, LearnerSort.NAME, false, 0, 2, () -> {
            throw new AssertionError("kept");
        }));
        assertEquals(List.of(200L, 201L), lists.pageIds(LearnerFilter.none(), ALL, LearnerSort.NAME, true, 0, 2,
                () -> List.of(200L, 201L)), "descending: another page");
        clock.advance(LearnerLists.TTL);
        assertEquals(List.of(200L, 201L), page(LearnerFilter.none(), ALL, LearnerSort.NAME, 0), "read again once stale");
    }

    @Test
    void aLearnerOrAnEnrolmentWrittenDropsEveryPage() {
        page(LearnerFilter.none(), ALL, LearnerSort.NAME, 0);
        rows.set(300);
        lists.written(new EntityWritten(Learner.class));
        assertEquals(List.of(300L, 301L), page(LearnerFilter.none(), ALL, LearnerSort.NAME, 0));
        rows.set(400);
        lists.committed(new EntityWritten(Enrolment.class));
        assertEquals(List.of(400L, 401L), page(LearnerFilter.none(), ALL, LearnerSort.NAME, 0));
        lists.committed(new EntityWritten(Site.class));
        page(LearnerFilter.none(), ALL, LearnerSort.NAME, 0);
        assertEquals(3, queries);
    }

    @Test
    void totalsAreBoundedInNumber() {
        for (int i = 0; i <= LearnerLists.MAX_ENTRIES; i++) {
            count(LearnerFilter.text("name" + i), ALL);
        }
        count(LearnerFilter.text("name0"), ALL); // dropped when the limit was reached
        assertEquals(LearnerLists.MAX_ENTRIES + 2, queries);
    }
}
