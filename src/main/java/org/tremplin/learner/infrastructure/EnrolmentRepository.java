package org.tremplin.learner.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import org.tremplin.learner.domain.Enrolment;
import org.tremplin.learner.domain.EnrolmentStatus;
import org.tremplin.programme.domain.Programme;
import org.tremplin.shared.infrastructure.JpaRepository;

@ApplicationScoped
public class EnrolmentRepository extends JpaRepository<Enrolment> {

    public EnrolmentRepository() {
        super(Enrolment.class);
    }

    public List<Enrolment> ofLearner(Long learnerId) {
        return em.createQuery("SELECT e FROM Enrolment e JOIN FETCH e.cohort c JOIN FETCH c.programme "
                + "WHERE e.learner.id = :l ORDER BY e.entryDate DESC", Enrolment.class)
                .setParameter("l", learnerId).getResultList();
    }

    /** The programme of the learner's open enrolment (the latest entry), read as such: no enrolment is built. */
    public Optional<Programme> currentProgramme(Long learnerId) {
        return em.createQuery("SELECT c.programme FROM Enrolment e JOIN e.cohort c WHERE e.learner.id = :l AND e.status IN :open "
                + "ORDER BY e.entryDate DESC", Programme.class).setParameter("l", learnerId)
                .setParameter("open", List.of(EnrolmentStatus.ENROLLED, EnrolmentStatus.ACTIVE)).setMaxResults(1)
                .getResultStream().findFirst();
    }

    /** The learner's enrolments in a programme, the first entry first (the one whose sheet the report reads). */
    public List<Enrolment> inProgramme(Long learnerId, Long programmeId) {
        return em.createQuery("SELECT e FROM Enrolment e WHERE e.learner.id = :l AND e.cohort.programme.id = :p "
                + "ORDER BY e.entryDate, e.id", Enrolment.class)
                .setParameter("l", learnerId).setParameter("p", programmeId).getResultList();
    }

    public List<Enrolment> ofCohort(Long cohortId) {
        return em.createQuery("SELECT e FROM Enrolment e JOIN FETCH e.learner WHERE e.cohort.id = :c "
                + "ORDER BY e.learner.lastName, e.learner.firstName", Enrolment.class)
                .setParameter("c", cohortId).getResultList();
    }

    /** Whether this trainer leads a session of the cohort (whose members they then see). */
    public boolean isCohortLedBy(Long cohortId, String trainer) {
        return !em.createQuery("SELECT t.id FROM TrainingSession t WHERE t.cohort.id = :c AND t.trainer = :trainer", Long.class)
                .setParameter("c", cohortId).setParameter("trainer", trainer).setMaxResults(1).getResultList().isEmpty();
    }

    public boolean hasOpenEnrolment(Long learnerId, Long cohortId) {
        return em.createQuery("SELECT COUNT(e) FROM Enrolment e WHERE e.learner.id = :l AND e.cohort.id = :c "
                + "AND e.status IN (org.tremplin.learner.domain.EnrolmentStatus.ENROLLED, "
                + "org.tremplin.learner.domain.EnrolmentStatus.ACTIVE)", Long.class)
                .setParameter("l", learnerId).setParameter("c", cohortId).getSingleResult() > 0;
    }
}
