package org.tremplin.training.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tremplin.learner.domain.Learner;
import org.tremplin.programme.domain.Site;
import org.tremplin.shared.domain.ConflictException;

class AssessmentTest {

    final Learner learner = new Learner("Inès", "Martin", new Site("Lille-Sud", "Lille"));
    final LocalDate today = LocalDate.now();

    Assessment assess(Map<String, Integer> levels) {
        return new Assessment(learner, today, AssessmentKind.ENTRY, AssessmentMethod.SELF, levels, null, "trainer");
    }

    @Test
    void levelsAreFromOneToEight() {
        assertEquals(3, assess(Map.of("1.1", 3, "5.4", 8, "2.1", 1)).levelOf("1.1"));
        assertEquals("levels.1.1", assertThrows(ConflictException.class, () -> assess(Map.of("1.1", 0))).getField());
        assertEquals("levels.2.2", assertThrows(ConflictException.class, () -> assess(Map.of("2.2", 9))).getField());
        assertEquals("levels", assertThrows(ConflictException.class, () -> assess(Map.of())).getField());
    }

    @Test
    void anAssessmentHasADateNotInTheFutureAKindAndAMethod() {
        assertEquals("date", assertThrows(ConflictException.class, () -> new Assessment(learner, today.plusDays(1),
                AssessmentKind.EXIT, AssessmentMethod.PIX, Map.of("1.1", 2), null, "t")).getField());
        assertEquals("kind", assertThrows(ConflictException.class, () -> new Assessment(learner, today, null,
                AssessmentMethod.PIX, Map.of("1.1", 2), null, "t")).getField());
        assertEquals("method", assertThrows(ConflictException.class, () -> new Assessment(learner, today,
                AssessmentKind.EXIT, null, Map.of("1.1", 2), null, "t")).getField());
    }

    @Test
    void bandsFollowDigComp() {
        assertEquals(DigCompLevel.FOUNDATION, DigCompLevel.bandOf(1));
        assertEquals(DigCompLevel.FOUNDATION, DigCompLevel.bandOf(2));
        assertEquals(DigCompLevel.INTERMEDIATE, DigCompLevel.bandOf(3));
        assertEquals(DigCompLevel.ADVANCED, DigCompLevel.bandOf(6));
        assertEquals(DigCompLevel.HIGHLY_SPECIALISED, DigCompLevel.bandOf(8));
        assertThrows(IllegalArgumentException.class, () -> DigCompLevel.bandOf(9));
    }
}
