package org.tremplin.learner.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.tremplin.programme.application.ProgrammeService;
import org.tremplin.programme.domain.Cohort;
import org.tremplin.programme.domain.Programme;
import org.tremplin.programme.domain.Site;
import org.tremplin.shared.domain.BaseEntity;
import org.tremplin.shared.domain.NotFoundException;

/** The cohort drop-down of the learner list: the programme's newest cohorts, and the chosen one when it is older. */
class LearnersBackingTest {

    private final Programme synapse = withId(new Programme("Synapse", "FSE+", LocalDate.of(2024, 1, 1), LocalDate.of(2027, 12, 31)), 7L);
    private final Programme popSchool = withId(new Programme("PopSchool", "Région", LocalDate.of(2024, 1, 1), LocalDate.of(2027, 12, 31)), 8L);
    private final Site lille = withId(new Site("Lille-Sud", "Lille"), 3L);

    @Test
    void noCohortIsOfferedBeforeAProgrammeIsChosen() {
        LearnersBacking list = list(Map.of(), List.of(cohort(1, synapse)), null);
        assertEquals(List.of(), list.getCohortChoices());
        assertFalse(list.isCohortChoicesCut());
    }

    @Test
    void anOlderChosenCohortIsOfferedAfterTheNewest() {
        Cohort older = cohort(99, synapse);
        LearnersBacking list = list(Map.of("programme", "7", "cohort", "99"), List.of(cohort(1, synapse), cohort(2, synapse)), older);
        assertEquals(List.of(1L, 2L, 99L), list.getCohortChoices().stream().map(Cohort::getId).toList());
    }

    @Test
    void aChosenCohortOfAnotherProgrammeOrOutOfReachIsNotOffered() {
        LearnersBacking other = list(Map.of("programme", "7", "cohort", "50"), List.of(cohort(1, synapse)), cohort(50, popSchool));
        assertEquals(List.of(1L), other.getCohortChoices().stream().map(Cohort::getId).toList());
        LearnersBacking unknown = list(Map.of("programme", "7", "cohort", "51"), List.of(cohort(1, synapse)), null);
        assertEquals(List.of(1L), unknown.getCohortChoices().stream().map(Cohort::getId).toList());
    }

    @Test
    void theListSaysWhenItOffersOnlyTheNewest() {
        List<Cohort> full = IntStream.rangeClosed(1, LearnersBacking.COHORTS).mapToObj(i -> cohort(i, synapse)).toList();
        assertTrue(list(Map.of("programme", "7"), full, null).isCohortChoicesCut());
        assertFalse(list(Map.of("programme", "7"), full.subList(1, full.size()), null).isCohortChoicesCut());
    }

    /** The list for an address, over a programme service answering the newest cohorts and one cohort by id (or none). */
    private LearnersBacking list(Map<String, String> params, List<Cohort> newest, Cohort byId) {
        LearnersBacking list = new LearnersBacking();
        list.programmes = new ProgrammeService() {
            @Override
            public List<Cohort> latestCohorts(Long programmeId, Long siteId, int limit) {
                assertEquals(LearnersBacking.COHORTS, limit);
                return newest;
            }

            @Override
            public Cohort cohort(Long id) {
                if (byId == null || !byId.getId().equals(id)) {
                    throw new NotFoundException("Cohort", id);
                }
                return byId;
            }
        };
        list.read(LearnerListQuery.parse(params));
        return list;
    }

    private Cohort cohort(long id, Programme programme) {
        return withId(new Cohort(programme, lille, "Groupe " + id, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30), 100), id);
    }

    private static <T extends BaseEntity> T withId(T entity, long id) {
        try {
            Field field = BaseEntity.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(entity, id);
            return entity;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
