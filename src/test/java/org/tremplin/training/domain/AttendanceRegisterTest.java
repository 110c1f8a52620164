package org.tremplin.training.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tremplin.training.domain.AttendanceStatus.ABSENT;
import static org.tremplin.training.domain.AttendanceStatus.EXCUSED;
import static org.tremplin.training.domain.AttendanceStatus.LATE;
import static org.tremplin.training.domain.AttendanceStatus.PRESENT;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.tremplin.shared.domain.ConflictException;
import org.tremplin.shared.domain.InvalidValueException;

class AttendanceRegisterTest {

    final TrainingSession session = TrainingSessionTest.session(TrainingSessionTest.START, 9, 12);

    @Test
    void presentAndLateCountTheSessionsMinutesExcusedAndAbsentNone() {
        Map<Long, AttendanceStatus> marks = new LinkedHashMap<>();
        marks.put(1L, PRESENT);
        marks.put(2L, LATE);
        marks.put(3L, EXCUSED);
        marks.put(4L, ABSENT);
        AttendanceRegister r = AttendanceRegister.take(session, Set.of(1L, 2L, 3L, 4L), Map.of(), marks);
        assertEquals(Map.of(1L, 180, 2L, 180, 3L, 0, 4L, 0),
                r.lines().stream().collect(Collectors.toMap(AttendanceRegister.Line::learnerId,
                        AttendanceRegister.Line::minutes)));
        assertEquals(4, r.changes().size(), "first marks are changes from nothing");
    }

    @Test
    void marksGivenReplaceStoredOnesOthersAreKeptOnlyRealChangesAreListed() {
        Map<Long, AttendanceStatus> stored = Map.of(1L, PRESENT, 2L, PRESENT, 3L, ABSENT);
        AttendanceRegister r = AttendanceRegister.take(session, Set.of(1L, 2L, 3L), stored, Map.of(2L, ABSENT, 3L, ABSENT));
        assertEquals(3, r.lines().size());
        assertEquals(1, r.changes().size());
        AttendanceRegister.Change c = r.changes().get(0);
        assertEquals(2L, c.learnerId());
        assertEquals(PRESENT, c.before());
        assertEquals(ABSENT, c.after());
        assertTrue(r.lines().contains(new AttendanceRegister.Line(1L, PRESENT, 180, null, null, null, null)));
    }

    @Test
    void onlyMembersAreMarkedAndSomethingMustBeMarked() {
        ConflictException stranger = assertThrows(ConflictException.class,
                () -> AttendanceRegister.take(session, Set.of(1L), Map.of(), Map.of(9L, PRESENT)));
        assertEquals("learnerId", stranger.getField());
        assertEquals("marks", assertThrows(ConflictException.class,
                () -> AttendanceRegister.take(session, Set.of(1L), Map.of(), Map.of())).getField());
    }

    static final Instant READ = Instant.parse("2026-12-03T09:00:00Z");

    static AttendanceRegister.Stored stored(AttendanceStatus status, String remark, String clientId, String by, Instant at) {
        return new AttendanceRegister.Stored(status, remark, clientId, by, at);
    }

    @Test
    void aMarkSentTwiceIsRecognisedByItsClientIdAndChangesNothing() {
        var first = AttendanceRegister.take(session, Set.of(1L), Map.of(),
                Map.of(1L, new AttendanceRegister.Mark(ABSENT, "malade", "c-1", READ)), "trainer", READ.plusSeconds(60));
        assertTrue(first.changed());
        AttendanceRegister.Line line = first.lines().get(0);
        assertEquals("c-1", line.clientId());
        assertEquals("trainer", line.by());
        var again = AttendanceRegister.take(session, Set.of(1L),
                Map.of(1L, stored(line.status(), line.remark(), line.clientId(), line.by(), line.at())),
                Map.of(1L, new AttendanceRegister.Mark(ABSENT, "malade", "c-1", READ)), "trainer", READ.plusSeconds(600));
        assertFalse(again.changed(), "the resend writes nothing");
        assertEquals(List.of(), again.changes());
        assertEquals(READ.plusSeconds(60), again.lines().get(0).at(), "the line keeps when it was first marked");
    }

    @Test
    void aLineChangedBySomeoneElseAfterTheClientReadTheRegisterIsAConflictAndNothingIsTaken() {
        Map<Long, AttendanceRegister.Stored> now = Map.of(
                1L, stored(PRESENT, null, null, "coordinator", READ.plusSeconds(30)),
                2L, stored(PRESENT, null, null, "coordinator", READ.minusSeconds(30)));
        var conflict = assertThrows(AttendanceRegister.RegisterConflict.class, () -> AttendanceRegister.take(session,
                Set.of(1L, 2L), now, Map.of(1L, new AttendanceRegister.Mark(ABSENT, null, "c-1", READ),
                        2L, new AttendanceRegister.Mark(ABSENT, null, "c-2", READ)), "trainer", READ.plusSeconds(90)));
        assertEquals(List.of(new AttendanceRegister.Conflict(1L, ABSENT, PRESENT, null, "coordinator", READ.plusSeconds(30))),
                conflict.conflicts(), "only the line changed after the reading; learner 2's was changed before");
        assertEquals("coordinator", ((List<?>) conflict.details().get("conflicts")).stream()
                .map(m -> ((Map<?, ?>) m).get("by")).findFirst().orElseThrow());
        // the trainer keeps their mark: sent again as read at the other's change, it is taken
        var kept = AttendanceRegister.take(session, Set.of(1L, 2L), now,
                Map.of(1L, new AttendanceRegister.Mark(ABSENT, null, "c-3", READ.plusSeconds(30))), "trainer", READ.plusSeconds(120));
        assertEquals(ABSENT, kept.lines().stream().filter(l -> l.learnerId() == 1L).findFirst().orElseThrow().status());
        // the same mark as theirs is no conflict: nothing to choose
        assertFalse(AttendanceRegister.take(session, Set.of(1L, 2L), now,
                Map.of(1L, new AttendanceRegister.Mark(PRESENT, null, "c-4", READ)), "trainer", READ.plusSeconds(120)).changed());
    }

    @Test
    void aRemarkIsKeptWhenNoneIsGivenClearedByAnEmptyOneAndLimitedInLength() {
        Map<Long, AttendanceRegister.Stored> now = Map.of(1L, stored(LATE, "bus en retard", null, "trainer", READ));
        var keep = AttendanceRegister.take(session, Set.of(1L), now, Map.of(1L, AttendanceRegister.Mark.of(PRESENT)),
                "trainer", READ.plusSeconds(5));
        assertEquals("bus en retard", keep.lines().get(0).remark());
        var clear = AttendanceRegister.take(session, Set.of(1L), now,
                Map.of(1L, new AttendanceRegister.Mark(LATE, " ", null, null)), "trainer", READ.plusSeconds(5));
        assertNull(clear.lines().get(0).remark());
        assertTrue(clear.changed() && clear.changes().isEmpty(), "a new remark is written, the status did not change");
        assertEquals("remark", assertThrows(InvalidValueException.class, () -> AttendanceRegister.take(session, Set.of(1L),
                now, Map.of(1L, new AttendanceRegister.Mark(LATE, "x".repeat(201), null, null)), "trainer", READ)).getField());
    }
}
