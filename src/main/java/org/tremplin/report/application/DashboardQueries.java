package org.tremplin.report.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tremplin.shared.infrastructure.NativeSql;
import org.tremplin.shared.infrastructure.SiteScope;

/**
 * The figures of the home page over a scope of sites (or programmes) given: the learners' and the programmes' read
 * from the counts kept per site ({@code report.infrastructure.SiteLearnerCounts}, {@code SiteEnrolmentCounts},
 * {@code MultiSitePersons}), a few rows whatever the number of people.
 */
@ApplicationScoped
public class DashboardQueries {

    /** One line of a funder's or coordinator's programme summary: counts only. */
    public record ProgrammeFigures(Long programmeId, String programme, long participants, long active, long exited) {
    }

    @PersistenceContext(unitName = "tremplin")
    EntityManager em;

    /** The learners of a scope, and those of them whose ESF+ participant sheet lacks a mandatory field or any contact. */
    public record LearnerCounts(long learners, long incomplete) {
    }

    /**
     * The learners of the sites (every site: empty) and, among them, the incomplete records: the sites' rows of the
     * kept counts ({@code SiteLearnerCounts}) added up.
     */
    public LearnerCounts learners(Optional<List<Long>> sites) {
        if (sites.isPresent() && sites.get().isEmpty()) {
            return new LearnerCounts(0, 0);
        }
        Object[] row = (Object[]) em.createNativeQuery("SELECT COALESCE(SUM(learners), 0), COALESCE(SUM(incomplete), 0)"
                + " FROM site_learner_count" + sites.map(ids -> " WHERE site_id IN (" + NativeSql.ids(ids) + ")").orElse(""))
                .getSingleResult();
        return new LearnerCounts(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
    }

    public long runningCohorts(Optional<List<Long>> sites) {
        if (sites.isPresent() && sites.get().isEmpty()) {
            return 0;
        }
        TypedQuery<Long> q = em.createQuery("SELECT COUNT(c) FROM Cohort c WHERE c.startDate <= :d AND c.endDate >= :d"
                + sites.map(ids -> " AND " + SiteScope.contains("c.site.id")).orElse(""), Long.class).setParameter("d", LocalDate.now());
        sites.ifPresent(ids -> q.setParameter(SiteScope.PARAMETER, SiteScope.value(ids)));
        return q.getSingleResult();
    }

    /**
     * Per programme (those given, or every one): distinct people enrolled at the sites (every site: empty), a person
     * once however often re-enrolled; their enrolments still open (active: no exit, which the database's
     * {@code enrolment_closed_ck} makes the same as the ENROLLED and ACTIVE statuses) and closed (exited).
     */
    public List<ProgrammeFigures> programmes(Optional<List<Long>> programmeIds, Optional<List<Long>> sites) {
        if (programmeIds.isPresent() && programmeIds.get().isEmpty()) {
            return List.of();
        }
        if (sites.isPresent() && sites.get().isEmpty()) {
            return List.of();
        }
        String programmes = programmeIds.map(ids -> " AND %s IN (" + NativeSql.ids(ids) + ")").orElse("");
        String inSites = sites.map(ids -> " AND %s IN (" + NativeSql.ids(ids) + ")").orElse("");
        // the sites' rows of the kept figures (SiteEnrolmentCounts) added up: a person enrolled at k of the sites is
        // in k of them, and has k rows of their sites (MultiSitePersons): counted k - 1 times too many
        Map<Long, Long> extra = new HashMap<>();
        if (sites.isEmpty() || sites.get().size() > 1) {
            String twice = "SELECT m.programme_id, COUNT(*) - COUNT(DISTINCT m.learner_id) FROM multi_site_person m WHERE 1 = 1"
                    + programmes.formatted("m.programme_id") + inSites.formatted("m.site_id") + " GROUP BY m.programme_id";
            for (Object row : em.createNativeQuery(twice).getResultList()) {
                Object[] r = (Object[]) row;
                extra.put(((Number) r[0]).longValue(), ((Number) r[1]).longValue());
            }
        }
        String sql = "SELECT p.id, p.name, SUM(f.participants), SUM(f.active), SUM(f.exited)"
                + " FROM site_enrolment_count f JOIN programme p ON p.id = f.programme_id WHERE 1 = 1"
                + programmes.formatted("p.id") + inSites.formatted("f.site_id") + " GROUP BY p.id, p.name ORDER BY p.name";
        List<ProgrammeFigures> figures = new ArrayList<>();
        for (Object row : em.createNativeQuery(sql).getResultList()) {
            Object[] r = (Object[]) row;
            long id = ((Number) r[0]).longValue();
            figures.add(new ProgrammeFigures(id, (String) r[1], ((Number) r[2]).longValue() - extra.getOrDefault(id, 0L),
                    ((Number) r[3]).longValue(), ((Number) r[4]).longValue()));
        }
        return figures;
    }
}
