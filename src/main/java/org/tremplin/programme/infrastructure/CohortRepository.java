package org.tremplin.programme.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;
import org.tremplin.programme.domain.Cohort;
import org.tremplin.shared.infrastructure.JpaRepository;

@ApplicationScoped
public class CohortRepository extends JpaRepository<Cohort> {
    public CohortRepository() {
        super(Cohort.class);
    }

    /** Cohorts with their programme and site in one query, limited to a site scope when given. */
    public List<Cohort> all(Optional<List<Long>> scope, Long programmeId) {
        if (noSite(scope)) {
            return List.of();
        }
        return query(scope, programmeId, "", " ORDER BY p.name, c.startDate DESC, c.name").getResultList();
    }

    /**
     * At most {@code limit} cohorts whose name holds the text (any case), newest first, in a site scope
     * and a programme when given: what a cohort picker suggests however many cohorts there are.
     */
    public List<Cohort> search(Optional<List<Long>> scope, Long programmeId, String text, int limit) {
        if (noSite(scope)) {
            return List.of();
        }
        String pattern = "%" + (text == null ? "" : text.strip().toLowerCase(java.util.Locale.ROOT)
                .replace("%", "").replace("_", "")) + "%";
        return query(scope, programmeId, " AND LOWER(c.name) LIKE :text", " ORDER BY c.startDate DESC, c.name, c.id")
                .setParameter("text", pattern).setMaxResults(limit).getResultList();
    }

    /** The cohorts of a scope and programme (when given) with a further condition, in an order. */
    private TypedQuery<Cohort> query(Optional<List<Long>> scope, Long programmeId, String condition, String order) {
        String jpql = "SELECT c FROM Cohort c JOIN FETCH c.programme p JOIN FETCH c.site s WHERE 1 = 1"
                + (scope.isPresent() ? " AND s.id IN :sites" : "")
                + (programmeId != null ? " AND p.id = :programme" : "") + condition + order;
        TypedQuery<Cohort> query = em.createQuery(jpql, Cohort.class);
        scope.ifPresent(ids -> query.setParameter("sites", ids));
        if (programmeId != null) {
            query.setParameter("programme", programmeId);
        }
        return query;
    }
}
