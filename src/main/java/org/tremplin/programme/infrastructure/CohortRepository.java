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
     * The cohorts of a scope, of one site when given, that end on or after a day when given, by programme then
     * newest first.
     */
    public List<Cohort> endingFrom(Optional<List<Long>> scope, Long siteId, java.time.LocalDate day) {
        if (noSite(scope)) {
            return List.of();
        }
        TypedQuery<Cohort> query = query(scope, null, (day != null ? " AND c.endDate >= :day" : "")
                + (siteId != null ? " AND s.id = :site" : ""), " ORDER BY p.name, c.startDate DESC, c.name, c.id");
        if (day != null) {
            query.setParameter("day", day);
        }
        if (siteId != null) {
            query.setParameter("site", siteId);
        }
        return query.getResultList();
    }

    /** How many cohorts of a site scope have a name holding the text (all when blank). */
    public long count(Optional<List<Long>> scope, String text) {
        if (noSite(scope)) {
            return 0;
        }
        String jpql = "SELECT COUNT(c) FROM Cohort c WHERE 1 = 1" + (scope.isPresent() ? " AND c.site.id IN :sites" : "")
                + (isBlank(text) ? "" : " AND LOWER(c.name) LIKE :text");
        TypedQuery<Long> query = em.createQuery(jpql, Long.class);
        scope.ifPresent(ids -> query.setParameter("sites", ids));
        if (!isBlank(text)) {
            query.setParameter("text", pattern(text));
        }
        return query.getSingleResult();
    }

    /**
     * One page of the cohorts of a site scope whose name holds the text (all when blank), by programme then
     * newest first: the cohorts table however many cohorts a region has.
     */
    public List<Cohort> page(Optional<List<Long>> scope, String text, int first, int size) {
        if (noSite(scope)) {
            return List.of();
        }
        TypedQuery<Cohort> query = query(scope, null, isBlank(text) ? "" : " AND LOWER(c.name) LIKE :text",
                " ORDER BY p.name, c.startDate DESC, c.name, c.id");
        if (!isBlank(text)) {
            query.setParameter("text", pattern(text));
        }
        return query.setFirstResult(first).setMaxResults(size).getResultList();
    }

    /**
     * At most {@code limit} cohorts whose name holds the text (any case), newest first, in a site scope
     * and a programme when given: what a cohort picker suggests however many cohorts there are.
     */
    public List<Cohort> search(Optional<List<Long>> scope, Long programmeId, String text, int limit) {
        if (noSite(scope)) {
            return List.of();
        }
        return query(scope, programmeId, " AND LOWER(c.name) LIKE :text", " ORDER BY c.startDate DESC, c.name, c.id")
                .setParameter("text", pattern(text)).setMaxResults(limit).getResultList();
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    /** The LIKE pattern of a name part: any case, its own wildcards dropped. */
    private static String pattern(String text) {
        return "%" + (text == null ? "" : text.strip().toLowerCase(java.util.Locale.ROOT)
                .replace("%", "").replace("_", "")) + "%";
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
