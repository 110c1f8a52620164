package org.tremplin.training.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.tremplin.shared.infrastructure.JpaRepository;
import org.tremplin.training.domain.Assessment;

/** Skill assessments; progression figures are averages computed by the database. */
@ApplicationScoped
public class AssessmentRepository extends JpaRepository<Assessment> {

    public AssessmentRepository() {
        super(Assessment.class);
    }

    /** A learner's assessments, oldest first (levels fetched eagerly). */
    public List<Assessment> ofLearner(Long learnerId) {
        return em.createQuery("SELECT a FROM Assessment a WHERE a.learner.id = :l ORDER BY a.assessedOn, a.id",
                Assessment.class).setParameter("l", learnerId).getResultList();
    }

    /** Average level per area at entry and at exit for a cohort's members: rows of [area, kind, average]. */
    public List<Object[]> cohortAverages(Long cohortId) {
        return em.createNativeQuery("SELECT c.area_code, a.kind, AVG(CAST(al.level AS DOUBLE PRECISION))"
                + " FROM assessment a JOIN assessment_level al ON al.assessment_id = a.id"
                + " JOIN competence c ON c.code = al.competence_code"
                + " JOIN enrolment e ON e.learner_id = a.learner_id AND e.cohort_id = ?1"
                + " WHERE a.kind IN ('ENTRY', 'EXIT') GROUP BY c.area_code, a.kind ORDER BY c.area_code, a.kind")
                .setParameter(1, cohortId).getResultList();
    }
}
