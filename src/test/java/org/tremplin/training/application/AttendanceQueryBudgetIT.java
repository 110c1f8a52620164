package org.tremplin.training.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.naming.InitialContext;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tremplin.learner.domain.Enrolment;
import org.tremplin.learner.domain.Learner;
import org.tremplin.programme.domain.Cohort;
import org.tremplin.programme.domain.Programme;
import org.tremplin.programme.domain.Site;
import org.tremplin.shared.domain.ChangesFlushed;
import org.tremplin.testing.Deployments;
import org.tremplin.testing.StatementCounter;
import org.tremplin.training.domain.AssessmentKind;
import org.tremplin.training.domain.AssessmentMethod;
import org.tremplin.training.domain.AttendanceRegister;
import org.tremplin.training.domain.AttendanceStatus;
import org.tremplin.training.domain.TrainingSession;

/**
 * Saving a register costs the same statements for 5 learners as for 50 (one DELETE and one
 * multi-row INSERT, never a statement per learner), first take and change after the day alike; so does
 * assessing a session's group (ids, assessments, levels: three statements).
 */
@ExtendWith(ArquillianExtension.class)
class AttendanceQueryBudgetIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.inContainer();
    }

    @Inject
    AttendanceService attendance;

    @Inject
    AssessmentService assessments;

    @PersistenceContext(unitName = "tremplin")
    EntityManager em;

    @Inject
    Event<ChangesFlushed> flushed;

    /** A cohort of {@code size} learners with a session {@code daysAgo} days ago. */
    private TrainingSession group(int size, int daysAgo) throws Exception {
        UserTransaction tx = InitialContext.doLookup("java:comp/UserTransaction");
        tx.begin();
        Site site = em.createQuery("SELECT s FROM Site s WHERE s.name = 'Centre social Lille-Sud'", Site.class).getSingleResult();
        Programme synapse = em.createQuery("SELECT p FROM Programme p WHERE p.name = 'Synapse'", Programme.class).getSingleResult();
        LocalDate today = LocalDate.now();
        Cohort cohort = new Cohort(synapse, site, "Budget " + size + " " + System.nanoTime(), today.minusMonths(1),
                today.plusMonths(1), 30);
        em.persist(cohort);
        for (int i = 0; i < size; i++) {
            Learner l = new Learner("Budget" + i, "Groupe" + size + "x" + System.nanoTime(), site);
            l.setBirthDate(LocalDate.of(1990, 1, 1 + i % 28));
            em.persist(l);
            Enrolment e = new Enrolment(l, cohort, today.minusMonths(1));
            e.activate();
            em.persist(e);
        }
        TrainingSession s = new TrainingSession(cohort, today.minusDays(daysAgo), LocalTime.of(9, 0), LocalTime.of(12, 0),
                "trainer", null, "Budget", List.of());
        em.persist(s);
        em.flush();
        flushed.fire(new ChangesFlushed()); // as an audited service call ends: the ESF+ person rows of these learners
        tx.commit();
        return s;
    }

    private Map<Long, AttendanceStatus> everyone(TrainingSession s, AttendanceStatus status) {
        Map<Long, AttendanceStatus> marks = new HashMap<>();
        em.createQuery("SELECT e.learner.id FROM Enrolment e WHERE e.cohort.id = :c", Long.class)
                .setParameter("c", s.getCohort().getId()).getResultList().forEach(id -> marks.put(id, status));
        return marks;
    }

    /** What the audit trail adds to a service call that changed something: lock the head, the events, the head. */
    static final int AUDIT = 3;

    private int statementsToSave(TrainingSession s, Map<Long, AttendanceStatus> marks) {
        TrainingSession current = em.find(TrainingSession.class, s.getId()); // as the service's get() would read it
        try (StatementCounter counter = StatementCounter.on(em)) {
            Map<Long, AttendanceRegister.Mark> given = new HashMap<>();
            marks.forEach((learner, status) -> given.put(learner, AttendanceRegister.Mark.of(status)));
            attendance.record(current, given, "trainer");
            return counter.count();
        }
    }

    @Test
    void fiveOrFiftyLearnersCostTheSameStatements() throws Exception {
        TrainingSession small = group(5, 0);
        TrainingSession large = group(50, 0);
        Map<Long, AttendanceStatus> smallMarks = everyone(small, AttendanceStatus.PRESENT);
        Map<Long, AttendanceStatus> largeMarks = everyone(large, AttendanceStatus.PRESENT);
        int five = statementsToSave(small, smallMarks);
        int fifty = statementsToSave(large, largeMarks);
        assertEquals(five, fifty, "statements for 5 learners vs 50");
        assertTrue(fifty <= 10 + AUDIT, "members, stored marks, DELETE, INSERT, participation and absences in a row (DELETE and INSERT each),"
                + " session UPDATE, audit trail: " + fifty);
        assertEquals(50L, ((Number) em.createNativeQuery("SELECT COUNT(*) FROM attendance WHERE session_id = ?1")
                .setParameter(1, large.getId()).getSingleResult()).longValue(), "every line stored");
    }

    @Test
    void changesAfterTheDayAreKeptInTheHistoryInOneMoreStatement() throws Exception {
        TrainingSession small = group(5, 3);
        TrainingSession large = group(50, 3);
        statementsToSave(small, everyone(small, AttendanceStatus.PRESENT));
        statementsToSave(large, everyone(large, AttendanceStatus.PRESENT));
        int five = statementsToSave(small, everyone(small, AttendanceStatus.ABSENT));
        int fifty = statementsToSave(large, everyone(large, AttendanceStatus.ABSENT));
        assertEquals(five, fifty, "statements to change 5 marks vs 50, after the day");
        assertEquals(50L + 50L, ((Number) em.createNativeQuery("SELECT COUNT(*) FROM attendance_change WHERE session_id = ?1")
                .setParameter(1, large.getId()).getSingleResult()).longValue(), "first take and change, each learner");
    }

    /** Every member of the session's group at the levels given, for a group assessment. */
    private AssessmentService.GroupAssessment levelsForAll(TrainingSession s, Map<String, Integer> levels) {
        Map<Long, Map<String, Integer>> all = new HashMap<>();
        everyone(s, AttendanceStatus.PRESENT).keySet().forEach(id -> all.put(id, levels));
        return new AssessmentService.GroupAssessment(AssessmentKind.INTERMEDIATE, AssessmentMethod.TRAINER, all);
    }

    private int statementsToAssess(TrainingSession s, Map<String, Integer> levels) {
        TrainingSession current = em.find(TrainingSession.class, s.getId());
        AssessmentService.GroupAssessment group = levelsForAll(s, levels);
        try (StatementCounter counter = StatementCounter.on(em)) {
            assertEquals(group.levels().size(), assessments.assessGroup(current, group, "trainer"));
            return counter.count();
        }
    }

    @Test
    void assessingAGroupOfTwoOrTenCostsTheSameStatements() throws Exception {
        Map<String, Integer> levels = Map.of("2.1", 3, "4.2", 2, "1.1", 4);
        statementsToAssess(group(1, 0), levels); // the competences' query may be cached after a first call
        TrainingSession two = group(2, 0);
        TrainingSession ten = group(10, 0);
        int small = statementsToAssess(two, levels);
        int large = statementsToAssess(ten, levels);
        assertEquals(small, large, "statements to assess 2 learners vs 10");
        assertTrue(large <= 5 + AUDIT, "members, competences, ids, assessments, levels, audit trail: " + large);
        assertEquals(30L, ((Number) em.createNativeQuery("SELECT COUNT(*) FROM assessment_level al JOIN assessment a"
                + " ON a.id = al.assessment_id JOIN enrolment e ON e.learner_id = a.learner_id WHERE e.cohort_id = ?1")
                .setParameter(1, ten.getCohort().getId()).getSingleResult()).longValue(), "ten learners, three levels each");
    }
}
