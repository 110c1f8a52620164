package org.tremplin.training.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tremplin.shared.domain.NotFoundException;
import org.tremplin.shared.domain.Page;
import org.tremplin.shared.domain.WarmingUp;
import org.tremplin.shared.infrastructure.JpaRepository;
import org.tremplin.shared.infrastructure.SiteScope;
import org.tremplin.training.domain.Competence;
import org.tremplin.training.domain.SessionFilter;
import org.tremplin.training.domain.TrainingSession;

/** Sessions with their cohort and site fetched in the same statement; scoped in the query. */
@ApplicationScoped
public class SessionRepository extends JpaRepository<TrainingSession> {

    private static final String FROM = " FROM TrainingSession t JOIN t.cohort c JOIN c.site s";
    private static final String FETCH = "SELECT t FROM TrainingSession t JOIN FETCH t.cohort c JOIN FETCH c.site s JOIN FETCH c.programme p";

    public SessionRepository() {
        super(TrainingSession.class);
    }

    @Override
    public TrainingSession get(Long id) {
        return em.createQuery(FETCH + " WHERE t.id = :id", TrainingSession.class).setParameter("id", id)
                .getResultStream().findFirst().orElseThrow(() -> new NotFoundException("Session", id));
    }

    /**
     * @param siteScope empty for every site, else the caller's sites
     * @param trainer   when set, only this trainer's sessions (a trainer's own scope, within their sites)
     */
    public Page<TrainingSession> search(SessionFilter filter, Optional<List<Long>> siteScope, String trainer,
            int first, int size) {
        long total = count(filter, siteScope, trainer);
        return new Page<>(total == 0 ? List.of() : page(filter, siteScope, trainer, first, size), total);
    }

    /**
     * At the start-up warm-up ({@link WarmingUp}): the list's statements as a coordinator's list runs them, for a
     * site that does not exist, and the second page of every site's sessions from a week ago, read and dropped.
     */
    void warmUp(@Observes WarmingUp event) {
        SessionFilter fromLastWeek = new SessionFilter(null, null, LocalDate.now().minusWeeks(1), null, true);
        count(fromLastWeek, WarmingUp.NO_SITE, null);
        page(fromLastWeek, WarmingUp.NO_SITE, null, 20, 20);
        search(fromLastWeek, Optional.empty(), null, 20, 20);
    }

    public long count(SessionFilter filter, Optional<List<Long>> siteScope, String trainer) {
        if (noSite(siteScope)) {
            return 0;
        }
        Map<String, Object> params = new HashMap<>();
        TypedQuery<Long> q = em.createQuery("SELECT COUNT(t)" + FROM + where(filter, siteScope, trainer, params), Long.class);
        params.forEach(q::setParameter);
        return q.getSingleResult();
    }

    public List<TrainingSession> page(SessionFilter filter, Optional<List<Long>> siteScope, String trainer,
            int first, int size) {
        if (noSite(siteScope)) {
            return List.of();
        }
        Map<String, Object> params = new HashMap<>();
        TypedQuery<TrainingSession> q = em.createQuery(FETCH + where(filter, siteScope, trainer, params)
                + " ORDER BY t.date, t.startTime, t.id", TrainingSession.class);
        params.forEach(q::setParameter);
        return q.setFirstResult(first).setMaxResults(size).getResultList();
    }

    private static String where(SessionFilter f, Optional<List<Long>> siteScope, String trainer, Map<String, Object> params) {
        StringBuilder w = new StringBuilder(" WHERE 1 = 1");
        if (trainer != null) {
            w.append(" AND t.trainer = :trainer");
            params.put("trainer", trainer);
        }
        if (siteScope.isPresent()) {
            w.append(" AND ").append(SiteScope.contains("s.id"));
            params.put(SiteScope.PARAMETER, SiteScope.value(siteScope.get()));
        }
        if (f.cohortId() != null) {
            w.append(" AND c.id = :cohort");
            params.put("cohort", f.cohortId());
        }
        if (f.trainer() != null && !f.trainer().isBlank()) {
            w.append(" AND t.trainer = :onlyTrainer");
            params.put("onlyTrainer", f.trainer());
        }
        if (f.from() != null) {
            w.append(" AND t.date >= :from");
            params.put("from", f.from());
        }
        if (f.to() != null) {
            w.append(" AND t.date <= :to");
            params.put("to", f.to());
        }
        if (!f.withCancelled()) {
            w.append(" AND t.cancelledAt IS NULL");
        }
        return w.toString();
    }

    public List<Competence> competences() {
        return em.createQuery("SELECT c FROM Competence c ORDER BY c.code", Competence.class).getResultList();
    }

    public List<Competence> competences(List<String> codes) {
        if (codes == null || codes.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT c FROM Competence c WHERE c.code IN :codes ORDER BY c.code", Competence.class)
                .setParameter("codes", codes).getResultList();
    }
}
