package org.tremplin.outcome.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tremplin.learner.domain.Enrolment;
import org.tremplin.learner.domain.Learner;
import org.tremplin.learner.domain.ExitReason;
import org.tremplin.programme.domain.Cohort;
import org.tremplin.programme.domain.Programme;
import org.tremplin.programme.domain.Site;
import org.tremplin.shared.domain.ConflictException;
import org.tremplin.shared.domain.InvalidValueException;

/** Attempts to reach a person for a follow-up, and when the follow-up becomes "unreachable". */
class ContactHistoryTest {

    private static final LocalDateTime MONDAY = LocalDateTime.of(2026, 11, 30, 10, 0);

    private static ContactHistory.Try failed(int day) {
        return new ContactHistory.Try(MONDAY.plusDays(day), false);
    }

    private static ContactHistory.Try reached(int day) {
        return new ContactHistory.Try(MONDAY.plusDays(day), true);
    }

    @Test
    void noAttemptIsNotTriedThenEachFailedOneCountsUntilTheLimit() {
        assertEquals(ContactHistory.State.NOT_TRIED, new ContactHistory(List.of(), 3).state());
        assertEquals(ContactHistory.State.TRYING, new ContactHistory(List.of(failed(0)), 3).state());
        assertEquals(ContactHistory.State.TRYING, new ContactHistory(List.of(failed(0), failed(1)), 3).state());
        ContactHistory three = new ContactHistory(List.of(failed(0), failed(1), failed(2)), 3);
        assertEquals(ContactHistory.State.UNREACHABLE, three.state());
        assertEquals(3, three.failedSinceLastReach());
        assertEquals(ContactHistory.State.TRYING, new ContactHistory(three.tries(), 4).state(), "the limit is a setting");
    }

    @Test
    void reachingThePersonStartsTheCountAgainWhateverTheOrderTheyWereLogged() {
        ContactHistory reachedLast = new ContactHistory(List.of(failed(0), failed(1), reached(2)), 2);
        assertEquals(ContactHistory.State.REACHED, reachedLast.state());
        ContactHistory silentAgain = new ContactHistory(List.of(failed(3), reached(2), failed(0), failed(1)), 2);
        assertEquals(ContactHistory.State.TRYING, silentAgain.state(), "one failure since they were reached");
        assertEquals(failed(3), silentAgain.last(), "logged out of order, read by time");
        ContactHistory goneSilent = new ContactHistory(List.of(reached(0), failed(1), failed(2)), 2);
        assertEquals(ContactHistory.State.UNREACHABLE, goneSilent.state());
    }

    @Test
    void theLimitIsAtLeastOne() {
        assertThrows(IllegalArgumentException.class, () -> new ContactHistory(List.of(), 0));
    }

    @Test
    void anAttemptComesAfterTheExitAndNotInTheFuture() {
        Enrolment left = exited(LocalDate.of(2026, 11, 20));
        LocalDateTime now = LocalDateTime.of(2026, 12, 4, 15, 0);
        ContactAttempt ok = new ContactAttempt(left, OutcomeTiming.AT_EXIT, now.minusDays(1), ContactChannel.PHONE, false,
                "  messagerie  ", "coordinator", now);
        assertEquals("messagerie", ok.getNote());
        assertEquals("at", assertThrows(InvalidValueException.class, () -> new ContactAttempt(left, OutcomeTiming.AT_EXIT,
                now.plusHours(1), ContactChannel.PHONE, false, null, "c", now)).getField());
        assertEquals("at", assertThrows(InvalidValueException.class, () -> new ContactAttempt(left, OutcomeTiming.AT_EXIT,
                LocalDateTime.of(2026, 11, 19, 9, 0), ContactChannel.PHONE, false, null, "c", now)).getField());
        assertEquals("channel", assertThrows(InvalidValueException.class, () -> new ContactAttempt(left, OutcomeTiming.AT_EXIT,
                now, null, false, null, "c", now)).getField());
        assertEquals("note", assertThrows(InvalidValueException.class, () -> new ContactAttempt(left, OutcomeTiming.AT_EXIT,
                now, ContactChannel.SMS, false, "x".repeat(501), "c", now)).getField());
        Enrolment stillIn = exited(null);
        assertEquals("enrolmentId", assertThrows(ConflictException.class, () -> new ContactAttempt(stillIn,
                OutcomeTiming.AT_EXIT, now, ContactChannel.PHONE, true, null, "c", now)).getField());
    }

    private static Enrolment exited(LocalDate exit) {
        Site site = new Site("Lille-Sud", "Lille");
        Cohort cohort = new Cohort(new Programme("Synapse", "FEDER", LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31)),
                site, "Automne", LocalDate.of(2026, 9, 1), LocalDate.of(2026, 12, 31), 60);
        Enrolment e = new Enrolment(new Learner("Inès", "Test", site), cohort, LocalDate.of(2026, 9, 1));
        if (exit != null) {
            e.exit(exit, ExitReason.COMPLETED);
        }
        return e;
    }
}
