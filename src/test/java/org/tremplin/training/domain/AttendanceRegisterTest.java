package org.tremplin.training.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tremplin.training.domain.AttendanceStatus.ABSENT;
import static org.tremplin.training.domain.AttendanceStatus.EXCUSED;
import static org.tremplin.training.domain.AttendanceStatus.LATE;
import static org.tremplin.training.domain.AttendanceStatus.PRESENT;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.tremplin.shared.domain.ConflictException;

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
        assertTrue(r.lines().contains(new AttendanceRegister.Line(1L, PRESENT, 180)));
    }

    @Test
    void onlyMembersAreMarkedAndSomethingMustBeMarked() {
        ConflictException stranger = assertThrows(ConflictException.class,
                () -> AttendanceRegister.take(session, Set.of(1L), Map.of(), Map.of(9L, PRESENT)));
        assertEquals("learnerId", stranger.getField());
        assertEquals("marks", assertThrows(ConflictException.class,
                () -> AttendanceRegister.take(session, Set.of(1L), Map.of(), Map.of())).getField());
    }
}
