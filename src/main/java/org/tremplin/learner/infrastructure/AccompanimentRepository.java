package org.tremplin.learner.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.tremplin.learner.domain.Accompaniment;
import org.tremplin.shared.infrastructure.JpaRepository;
import org.tremplin.shared.infrastructure.SiteScope;

/** One-off accompaniments: the latest of the caller's sites, and each site's activity over a period. */
@ApplicationScoped
public class AccompanimentRepository extends JpaRepository<Accompaniment> {

    public AccompanimentRepository() {
        super(Accompaniment.class);
    }

    public long count(Optional<List<Long>> sites) {
        if (sites.isPresent() && sites.get().isEmpty()) {
            return 0;
        }
        return scoped("SELECT COUNT(a) FROM Accompaniment a", "", sites, Long.class).getSingleResult();
    }

    /** The newest first. */
    public List<Accompaniment> page(Optional<List<Long>> sites, int first, int size) {
        if (sites.isPresent() && sites.get().isEmpty()) {
            return List.of();
        }
        // the site and the learner (of those taken in since) in the same statement: the table shows both
        return scoped("SELECT a FROM Accompaniment a JOIN FETCH a.site LEFT JOIN FETCH a.learner",
                " ORDER BY a.happenedOn DESC, a.id DESC", sites,
                Accompaniment.class).setFirstResult(first).setMaxResults(size).getResultList();
    }

    /** Per site of the scope with any: {site id, site name, accompaniments, minutes} from {@code from} to {@code to}. */
    public List<Object[]> activity(Optional<List<Long>> sites, LocalDate from, LocalDate to) {
        if (sites.isPresent() && sites.get().isEmpty()) {
            return List.of();
        }
        TypedQuery<Object[]> q = em.createQuery("SELECT s.id, s.name, COUNT(a), SUM(a.durationMinutes) FROM Accompaniment a"
                + " JOIN a.site s WHERE a.happenedOn BETWEEN :from AND :to"
                + sites.map(ids -> " AND " + SiteScope.contains("s.id")).orElse("") + " GROUP BY s.id, s.name ORDER BY s.name", Object[].class)
                .setParameter("from", from).setParameter("to", to);
        sites.ifPresent(ids -> q.setParameter(SiteScope.PARAMETER, SiteScope.value(ids)));
        return q.getResultList();
    }

    private <R> TypedQuery<R> scoped(String select, String order, Optional<List<Long>> sites, Class<R> type) {
        TypedQuery<R> q = em.createQuery(select + sites.map(ids -> " WHERE " + SiteScope.contains("a.site.id")).orElse("") + order, type);
        sites.ifPresent(ids -> q.setParameter(SiteScope.PARAMETER, SiteScope.value(ids)));
        return q;
    }
}
