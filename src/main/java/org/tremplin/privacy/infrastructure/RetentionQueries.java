package org.tremplin.privacy.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import org.tremplin.privacy.domain.RetentionPlan.Candidate;

/** Learners still identifiable whose last exit is before the cutoff and who have no open enrolment. */
@ApplicationScoped
public class RetentionQueries {

    @PersistenceContext(unitName = "tremplin")
    EntityManager em;

    @SuppressWarnings("unchecked")
    public List<Candidate> due(LocalDate cutoff) {
        List<Object[]> rows = em.createNativeQuery("SELECT l.id, s.name, MAX(e.exit_date) FROM learner l"
                + " JOIN site s ON s.id = l.site_id JOIN enrolment e ON e.learner_id = l.id"
                + " WHERE l.anonymised_on IS NULL GROUP BY l.id, s.name"
                + " HAVING COUNT(e.id) = COUNT(e.exit_date) AND MAX(e.exit_date) < ?1 ORDER BY 3, 1")
                .setParameter(1, Date.valueOf(cutoff)).getResultList();
        return rows.stream().map(r -> new Candidate(((Number) r[0]).longValue(), (String) r[1], day(r[2]))).toList();
    }

    private static LocalDate day(Object value) {
        return value instanceof Date d ? d.toLocalDate() : (LocalDate) value;
    }
}
