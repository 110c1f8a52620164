package org.tremplin.training.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Date;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.eclipse.persistence.sessions.Session;
import org.tremplin.shared.infrastructure.NativeSql;
import org.tremplin.shared.infrastructure.JpaRepository;
import org.tremplin.training.domain.Assessment;

/**
 * Skill assessments; progression figures are averages computed by the database. A group assessed from a session
 * is written in three statements whatever its size (ids, assessments, levels), like a register.
 */
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

    /** The days on which each of these learners already has a Pix assessment: rows of [learner id, date]. */
    public List<Object[]> pixDays(List<Long> learnerIds) {
        if (learnerIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT a.learner.id, a.assessedOn FROM Assessment a WHERE a.method = "
                + "org.tremplin.training.domain.AssessmentMethod.PIX AND a.learner.id IN :ids", Object[].class)
                .setParameter("ids", learnerIds).getResultList();
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

    /**
     * Stores the assessments of a group (validated entities, not persisted through JPA): one statement takes an id
     * per assessment from the database sequence, one inserts the assessments, one their levels. Each id is a value
     * of the sequence itself, never one of the blocks that JPA hands out, so the two cannot meet.
     */
    public void storeGroup(List<Assessment> group) {
        if (group.isEmpty()) {
            return;
        }
        String ids = em.unwrap(Session.class).getPlatform().isPostgreSQL()
                ? "SELECT nextval('tremplin_seq') FROM generate_series(1, ?1)"
                : "SELECT NEXT VALUE FOR tremplin_seq FROM SYSTEM_RANGE(1, ?1)";
        List<?> taken = em.createNativeQuery(ids).setParameter(1, group.size()).getResultList();
        StringBuilder assessments = new StringBuilder(
                "INSERT INTO assessment (id, version, learner_id, assessed_on, kind, method, assessor, note) VALUES ");
        StringBuilder levels = new StringBuilder("INSERT INTO assessment_level (assessment_id, competence_code, level) VALUES ");
        List<Object> assessmentParams = new ArrayList<>();
        List<Object> levelParams = new ArrayList<>();
        for (int i = 0; i < group.size(); i++) {
            Assessment a = group.get(i);
            long id = ((Number) taken.get(i)).longValue();
            assessments.append(i == 0 ? "" : ", ").append("(?, 1, ?, ?, ?, ?, ?, ?)");
            assessmentParams.addAll(Arrays.asList(id, a.getLearner().getId(), Date.valueOf(a.getAssessedOn()),
                    a.getKind().name(), a.getMethod().name(), a.getAssessor(), a.getNote()));
            for (Map.Entry<String, Integer> level : a.getSortedLevels()) {
                levels.append(levelParams.isEmpty() ? "" : ", ").append("(?, ?, ?)");
                levelParams.addAll(List.of(id, level.getKey(), level.getValue()));
            }
        }
        NativeSql.execute(em, assessments, assessmentParams);
        NativeSql.execute(em, levels, levelParams);
    }
}
