package org.tremplin.report.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tremplin.identity.application.CurrentUser;
import org.tremplin.learner.domain.Learner;
import org.tremplin.report.application.DashboardQueries.ProgrammeFigures;
import org.tremplin.shared.domain.EntityWritten;
import org.tremplin.testing.MutableClock;

/** The home page's figures kept by scope (DashboardFigures), against a database that counts its reads. */
class DashboardFiguresTest {

    /** The caller of the request: its scope and, for a funder, its programmes. */
    static final class Caller extends CurrentUser {
        boolean funder;
        Optional<List<Long>> sites = Optional.empty();
        List<Long> programmes = List.of();

        @Override
        public boolean isFunder() {
            return funder;
        }

        @Override
        public Optional<List<Long>> siteScope() {
            return sites;
        }

        @Override
        public List<Long> fundedProgrammeIds() {
            return programmes;
        }
    }

    /**
     * The database: per site, a count of learners (a tenth of them incomplete) and, per programme, of people (each
     * with one enrolment, half of them open); a count of the reads. It answers for the scope it is given.
     */
    final class Database extends DashboardQueries {
        long perSite = 100;
        int reads;

        @Override
        public LearnerCounts learners(Optional<List<Long>> sites) {
            reads++;
            long n = sites.map(List::size).orElse(12) * perSite;
            return new LearnerCounts(n, n / 10);
        }

        @Override
        public List<ProgrammeFigures> programmes(Optional<List<Long>> programmeIds, Optional<List<Long>> sites) {
            reads++;
            long people = sites.map(List::size).orElse(12) * perSite;
            return programmeIds.orElse(List.of(1L, 2L)).stream()
                    .map(id -> new ProgrammeFigures(id, "P" + id, people, people / 2, people - people / 2)).toList();
        }
    }

    final MutableClock clock = new MutableClock("2026-12-06T10:00:00Z");
    final DashboardFigures figures = new DashboardFigures(clock);
    final Caller caller = new Caller();
    final Database database = new Database();

    @BeforeEach
    void wire() {
        figures.user = caller;
        figures.queries = database;
    }

    void as(Optional<List<Long>> sites) {
        caller.funder = false;
        caller.sites = sites;
    }

    @Test
    void callersOfTheSameScopeShareAFigureWhileItIsFresh() {
        as(Optional.of(List.of(1L, 2L)));
        assertEquals(200, figures.learners());
        database.perSite = 101; // written where this instance cannot see
        clock.advance(DashboardFigures.TTL.minusMillis(1));
        as(Optional.of(List.of(1L, 2L))); // another coordinator of the same sites
        assertEquals(200, figures.learners());
        assertEquals(1, database.reads);
        clock.advance(Duration.ofMillis(1));
        assertEquals(202, figures.learners());
        assertEquals(2, database.reads);
    }

    @Test
    void aCallerOfAnotherScopeNeverGetsAnotherScopesFigure() {
        as(Optional.of(List.of(1L)));
        assertEquals(100, figures.learners());
        as(Optional.of(List.of(1L, 2L, 3L)));
        assertEquals(300, figures.learners());
        as(Optional.empty()); // an admin: every site
        assertEquals(1200, figures.learners());
        as(Optional.of(List.of()));
        assertEquals(0, figures.learners());
        as(Optional.of(List.of(1L)));
        assertEquals(100, figures.learners());
        assertEquals(4, database.reads);
    }

    @Test
    void aFundersProgrammesAreItsOwn() {
        caller.funder = true;
        caller.programmes = List.of(2L);
        assertEquals(List.of(2L), figures.programmes().stream().map(ProgrammeFigures::programmeId).toList());
        caller.programmes = List.of(1L);
        assertEquals(List.of(1L), figures.programmes().stream().map(ProgrammeFigures::programmeId).toList());
        as(Optional.empty()); // an admin sees both, not a funder's kept table
        assertEquals(List.of(1L, 2L), figures.programmes().stream().map(ProgrammeFigures::programmeId).toList());
        assertEquals(3, database.reads);
    }

    @Test
    void anyWriteOnThisInstanceDropsEveryFigure() {
        as(Optional.of(List.of(1L)));
        figures.learners();
        figures.programmes();
        database.perSite = 101;
        figures.written(new EntityWritten(Learner.class)); // flushed
        assertEquals(101, figures.learners());
        database.perSite = 102;
        figures.committed(new EntityWritten(Learner.class)); // and its transaction ended
        assertEquals(102, figures.learners());
        assertEquals(102, figures.programmes().get(0).participants());
        assertEquals(5, database.reads);
    }

    @Test
    void figuresOfTheSameRowsAreReadTogether() {
        as(Optional.of(List.of(1L, 2L)));
        assertEquals(200, figures.learners());
        assertEquals(20, figures.incompleteRecords());
        assertEquals(1, database.reads, "the incomplete records come with the learners");
        assertEquals(List.of(200L, 200L), figures.programmes().stream().map(ProgrammeFigures::participants).toList());
        assertEquals(200, figures.openEnrolments(), "the programmes' active enrolments added up: 100 + 100");
        assertEquals(2, database.reads, "the open enrolments come with the programmes");
    }

    @Test
    void aFunderCountsNoSitesFigures() {
        caller.funder = true;
        caller.sites = Optional.of(List.of(1L)); // whatever its account says: a funder's figures are its programmes'
        caller.programmes = List.of(1L);
        assertEquals(0, figures.learners());
        assertEquals(1200, figures.programmes().get(0).participants(), "its programme, every site");
    }

    @Test
    void aNewDayReadsAgain() {
        clock.advance(Duration.ofHours(13).plusMinutes(59).plusSeconds(55)); // 23:59:55 UTC
        as(Optional.of(List.of(1L)));
        figures.learners();
        clock.advance(Duration.ofSeconds(6)); // within the time to live, but the next day
        figures.learners();
        assertEquals(2, database.reads);
    }
}
