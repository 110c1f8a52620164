package org.tremplin.learner.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.TypedQuery;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.persistence.config.HintValues;
import org.eclipse.persistence.config.QueryHints;
import org.tremplin.learner.domain.EsfRules;
import org.tremplin.learner.domain.Learner;
import org.tremplin.learner.domain.LearnerFilter;
import org.tremplin.learner.domain.LearnerSort;
import org.tremplin.learner.domain.NameKey;
import org.tremplin.shared.domain.Page;
import org.tremplin.shared.domain.WarmingUp;
import org.tremplin.shared.infrastructure.JpaRepository;
import org.tremplin.shared.infrastructure.SiteScope;

/**
 * Learner lists are filtered, counted and paged in the database: three statements per page, whatever
 * its depth; one while the same list's total and page are kept (LearnerLists).
 */
@ApplicationScoped
public class LearnerRepository extends JpaRepository<Learner> {

    /** JPQL condition on {@code l}: the ESF+ record lacks a mandatory field or any contact ({@link EsfRules}). */
    public static final String ESF_INCOMPLETE = EsfRules.incomplete(EsfRules.Query.JPQL, "l");

    /**
     * JPQL condition on {@code l}: enrolled in a cohort where the trainer {@code :trainer} leads a session
     * (cancelled or not). What a trainer sees of the learners.
     */
    static final String LED_BY = "EXISTS (SELECT e.id FROM Enrolment e, TrainingSession t WHERE e.learner = l "
            + "AND t.cohort = e.cohort AND t.trainer = :trainer)";

    @Inject
    LearnerLists lists;

    public LearnerRepository() {
        super(Learner.class);
    }

    public Page<Learner> search(LearnerFilter filter, Optional<List<Long>> siteScope, LearnerSort sort,
            boolean descending, int first, int size) {
        long total = count(filter, siteScope);
        return new Page<>(total == 0 ? List.of() : page(filter, siteScope, sort, descending, first, size), total);
    }

    /** The number of learners the filter lets through in these sites, kept a few seconds (LearnerLists). */
    public long count(LearnerFilter filter, Optional<List<Long>> siteScope) {
        if (noSite(siteScope)) {
            return 0;
        }
        return lists.count(filter, siteScope, () -> countNow(filter, siteScope));
    }

    private long countNow(LearnerFilter filter, Optional<List<Long>> siteScope) {
        Map<String, Object> params = new HashMap<>();
        // no join: the filters read the site's id from the learner row; counting that (never null) column
        // lets PostgreSQL answer from the index learner_scope_ix alone (l.siteId: COUNT(l.site.id) joined the sites)
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(l.siteId) FROM Learner l"
                + where(filter, siteScope, params), Long.class);
        params.forEach(count::setParameter);
        return count.getSingleResult();
    }

    /**
     * One page in two statements whatever its depth: the ids of the page (sorted and cut by the
     * database, from an index alone for the name order; kept a few seconds by LearnerLists), then those
     * learners with their sites. A single query would read every row it skips: at offset 90,000, ninety
     * thousand rows.
     */
    public List<Learner> page(LearnerFilter filter, Optional<List<Long>> siteScope, LearnerSort sort,
            boolean descending, int first, int size) {
        if (noSite(siteScope)) {
            return List.of();
        }
        List<Long> ids = lists.pageIds(filter, siteScope, sort, descending, first, size, () -> {
            Map<String, Object> params = new HashMap<>();
            TypedQuery<Long> page = em.createQuery("SELECT l.id FROM Learner l" + (sort.needsSite() ? " JOIN l.site s" : "")
                    + where(filter, siteScope, params) + " ORDER BY " + sort.orderBy(descending), Long.class);
            params.forEach(page::setParameter);
            return page.setFirstResult(first).setMaxResults(size).getResultList();
        });
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Learner> byId = new HashMap<>();
        // read-only: a page is shown, never changed; the shared cache's objects, without a working copy of each
        em.createQuery("SELECT l FROM Learner l JOIN FETCH l.site WHERE l.id IN :ids", Learner.class)
                .setHint(QueryHints.READ_ONLY, HintValues.TRUE)
                .setParameter("ids", ids).getResultList().forEach(l -> byId.put(l.getId(), l));
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    /**
     * At the start-up warm-up ({@link WarmingUp}): the list's statements as a coordinator's list runs them, for a
     * site that does not exist, and the second page of every site's learners, read and dropped.
     */
    void warmUp(@Observes WarmingUp event) {
        count(LearnerFilter.none(), WarmingUp.NO_SITE);
        page(LearnerFilter.none(), WarmingUp.NO_SITE, LearnerSort.NAME, false, 20, 20);
        search(LearnerFilter.none(), Optional.empty(), LearnerSort.NAME, false, 20, 20);
    }

    /** Whether the learner is enrolled in a cohort where this trainer leads a session. */
    public boolean isLedBy(Long learnerId, String trainer) {
        return !em.createQuery("SELECT l.id FROM Learner l WHERE l.id = :id AND " + LED_BY, Long.class)
                .setParameter("id", learnerId).setParameter("trainer", trainer).setMaxResults(1).getResultList().isEmpty();
    }

    /** Locks a learner's row until the transaction ends: serialises enrolments of one person. */
    public void lock(Long id) {
        em.find(Learner.class, id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
    }

    /** Learners with the same folded names (either order) and birth date: a probable second record. */
    public List<Learner> sameIdentity(String firstName, String lastName, java.time.LocalDate birthDate, Long exceptId) {
        if (birthDate == null) {
            return List.of();
        }
        // no "(:except IS NULL OR …)": PostgreSQL cannot type a null parameter
        TypedQuery<Learner> query = em.createQuery("SELECT l FROM Learner l JOIN FETCH l.site WHERE l.birthDate = :birth "
                + "AND l.searchKey IN :keys" + (exceptId == null ? "" : " AND l.id <> :except") + " ORDER BY l.id", Learner.class)
                .setParameter("birth", birthDate)
                .setParameter("keys", List.of(NameKey.searchKey(firstName, lastName), NameKey.searchKey(lastName, firstName)));
        if (exceptId != null) {
            query.setParameter("except", exceptId);
        }
        return query.getResultList();
    }

    /**
     * The learners, within the sites given (empty: every site), whose folded names are one of the search keys
     * given ({@link NameKey#searchKey}); anonymised and restricted records are left out.
     */
    public List<Learner> withNames(java.util.Collection<String> keys, Optional<List<Long>> siteScope) {
        if (keys.isEmpty()) {
            return List.of();
        }
        TypedQuery<Learner> query = em.createQuery("SELECT l FROM Learner l JOIN FETCH l.site WHERE l.searchKey IN :keys"
                + " AND l.anonymisedOn IS NULL AND l.restrictedOn IS NULL"
                + (siteScope.isPresent() ? " AND " + SiteScope.contains("l.siteId") : "") + " ORDER BY l.id", Learner.class)
                .setParameter("keys", List.copyOf(keys));
        siteScope.ifPresent(ids -> query.setParameter(SiteScope.PARAMETER, SiteScope.value(ids)));
        return query.getResultList();
    }

    /** The learners of these ids (with their site), whatever their site: callers check the scope. */
    public List<Learner> byIds(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT l FROM Learner l JOIN FETCH l.site WHERE l.id IN :ids", Learner.class)
                .setParameter("ids", ids).getResultList();
    }

    private static String where(LearnerFilter f, Optional<List<Long>> siteScope, Map<String, Object> params) {
        StringBuilder where = new StringBuilder(f.restricted() ? " WHERE l.restrictedOn IS NOT NULL" : " WHERE l.restrictedOn IS NULL");
        siteScope.ifPresent(ids -> {
            where.append(" AND ").append(SiteScope.contains("l.siteId"));
            params.put(SiteScope.PARAMETER, SiteScope.value(ids));
        });
        String text = NameKey.fold(f.text());
        if (!text.isEmpty()) {
            where.append(" AND l.searchKey LIKE :text");
            params.put("text", "%" + text.replace("%", "").replace("_", "") + "%");
        }
        if (f.ledBy() != null) {
            where.append(" AND ").append(LED_BY);
            params.put("trainer", f.ledBy());
        }
        if (f.esfComplete() != null) {
            where.append(f.esfComplete() ? " AND NOT " : " AND ").append(ESF_INCOMPLETE);
        }
        if (f.siteId() != null) {
            where.append(" AND l.site.id = :site");
            params.put("site", f.siteId());
        }
        if (f.cohortId() != null || f.programmeId() != null || f.status() != null) {
            where.append(" AND EXISTS (SELECT e FROM Enrolment e WHERE e.learner = l");
            if (f.cohortId() != null) {
                where.append(" AND e.cohort.id = :cohort");
                params.put("cohort", f.cohortId());
            }
            if (f.programmeId() != null) {
                where.append(" AND e.cohort.programme.id = :programme");
                params.put("programme", f.programmeId());
            }
            if (f.status() != null) {
                where.append(" AND e.status = :status");
                params.put("status", f.status());
            }
            where.append(")");
        }
        return where.toString();
    }
}
