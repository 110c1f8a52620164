package org.tremplin.programme.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.tremplin.programme.domain.Cohort;
import org.tremplin.shared.infrastructure.JpaRepository;
import org.tremplin.shared.infrastructure.SiteScope;

/**
 * Cohorts, always narrowed in the database (a region runs thousands): by site scope, and by programme, site,
 * end date or a part of the name when given, with their programme and site in the same query.
 */
@ApplicationScoped
public class CohortRepository extends JpaRepository<Cohort> {

    private static final String ROWS = "SELECT c FROM Cohort c JOIN FETCH c.programme p JOIN FETCH c.site s";
    private static final String COUNT = "SELECT COUNT(c) FROM Cohort c JOIN c.programme p JOIN c.site s";
    private static final String BY_PROGRAMME = " ORDER BY p.name, c.startDate DESC, c.name, c.id";
    private static final String NEWEST = " ORDER BY c.startDate DESC, c.name, c.id";

    public CohortRepository() {
        super(Cohort.class);
    }

    /** The cohorts of a scope (and of a programme when given), by programme then newest first. */
    public List<Cohort> all(Optional<List<Long>> scope, Long programmeId) {
        return noSite(scope) ? List.of()
                : query(ROWS, Cohort.class, scope, new Narrowing(programmeId, null, null, null), BY_PROGRAMME).getResultList();
    }

    /**
     * The cohorts of a scope, of one site when given, that end on or after a day when given, by programme then
     * newest first.
     */
    public List<Cohort> endingFrom(Optional<List<Long>> scope, Long siteId, LocalDate day) {
        return noSite(scope) ? List.of()
                : query(ROWS, Cohort.class, scope, new Narrowing(null, siteId, day, null), BY_PROGRAMME).getResultList();
    }

    /** How many cohorts of a site scope have a name holding the text (all when blank). */
    public long count(Optional<List<Long>> scope, String text) {
        return noSite(scope) ? 0 : query(COUNT, Long.class, scope, new Narrowing(null, null, null, text), "").getSingleResult();
    }

    /**
     * One page of the cohorts of a site scope whose name holds the text (all when blank), by programme then
     * newest first: the cohorts table however many cohorts a region has.
     */
    public List<Cohort> page(Optional<List<Long>> scope, String text, int first, int size) {
        return noSite(scope) ? List.of() : query(ROWS, Cohort.class, scope, new Narrowing(null, null, null, text), BY_PROGRAMME)
                .setFirstResult(first).setMaxResults(size).getResultList();
    }

    /**
     * At most {@code limit} cohorts whose name holds the text (any case), newest first, in a site scope
     * and a programme when given: what a cohort picker suggests however many cohorts there are.
     */
    public List<Cohort> search(Optional<List<Long>> scope, Long programmeId, String text, int limit) {
        return noSite(scope) ? List.of() : query(ROWS, Cohort.class, scope, new Narrowing(programmeId, null, null, text), NEWEST)
                .setMaxResults(limit).getResultList();
    }

    /**
     * The {@code limit} newest cohorts of a programme in a site scope, of one site when given: a drop-down of a
     * programme's cohorts however many it has run.
     */
    public List<Cohort> latest(Optional<List<Long>> scope, Long programmeId, Long siteId, int limit) {
        return noSite(scope) ? List.of() : query(ROWS, Cohort.class, scope, new Narrowing(programmeId, siteId, null, null), NEWEST)
                .setMaxResults(limit).getResultList();
    }

    /** What narrows a list of cohorts beyond the site scope; each part only when given (text: when not blank). */
    private record Narrowing(Long programmeId, Long siteId, LocalDate endingFrom, String text) {

        boolean hasText() {
            return text != null && !text.isBlank();
        }

        /** The LIKE pattern of the name part: any case, its own wildcards dropped. */
        String pattern() {
            return "%" + text.strip().toLowerCase(Locale.ROOT).replace("%", "").replace("_", "") + "%";
        }
    }

    private <R> TypedQuery<R> query(String select, Class<R> type, Optional<List<Long>> scope, Narrowing n, String order) {
        String jpql = select + " WHERE 1 = 1" + (scope.isPresent() ? " AND " + SiteScope.contains("s.id") : "")
                + (n.programmeId() != null ? " AND p.id = :programme" : "") + (n.siteId() != null ? " AND s.id = :site" : "")
                + (n.endingFrom() != null ? " AND c.endDate >= :day" : "") + (n.hasText() ? " AND LOWER(c.name) LIKE :text" : "")
                + order;
        TypedQuery<R> query = em.createQuery(jpql, type);
        scope.ifPresent(ids -> query.setParameter(SiteScope.PARAMETER, SiteScope.value(ids)));
        if (n.programmeId() != null) {
            query.setParameter("programme", n.programmeId());
        }
        if (n.siteId() != null) {
            query.setParameter("site", n.siteId());
        }
        if (n.endingFrom() != null) {
            query.setParameter("day", n.endingFrom());
        }
        if (n.hasText()) {
            query.setParameter("text", n.pattern());
        }
        return query;
    }
}
