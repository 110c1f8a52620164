package org.tremplin.report.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tremplin.learner.infrastructure.LearnerRepository;
import org.tremplin.shared.infrastructure.NativeSql;

/** The figures of the home page, each one aggregate query over a scope of sites (or programmes) given. */
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
     * The learners of the sites (every site: empty) and, among them, the incomplete records: one pass over the
     * learners' rows (the incomplete ones can only be told from the rows; counting them all comes with it).
     */
    public LearnerCounts learners(Optional<List<Long>> sites) {
        if (sites.isPresent() && sites.get().isEmpty()) {
            return new LearnerCounts(0, 0);
        }
        TypedQuery<Object[]> q = em.createQuery("SELECT COUNT(l), SUM(CASE WHEN " + LearnerRepository.ESF_INCOMPLETE
                + " THEN 1 ELSE 0 END) FROM Learner l" + sites.map(ids -> " WHERE l.site.id IN :sites").orElse(""), Object[].class);
        sites.ifPresent(ids -> q.setParameter("sites", ids));
        Object[] row = q.getSingleResult();
        return new LearnerCounts(((Number) row[0]).longValue(), row[1] == null ? 0 : ((Number) row[1]).longValue());
    }

    public long runningCohorts(Optional<List<Long>> sites) {
        if (sites.isPresent() && sites.get().isEmpty()) {
            return 0;
        }
        TypedQuery<Long> q = em.createQuery("SELECT COUNT(c) FROM Cohort c WHERE c.startDate <= :d AND c.endDate >= :d"
                + sites.map(ids -> " AND c.site.id IN :sites").orElse(""), Long.class).setParameter("d", LocalDate.now());
        sites.ifPresent(ids -> q.setParameter("sites", ids));
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
        // plain SQL on the enrolments' own columns: JPQL's path to the learner joined the learner and the
        // entry sheet (a secondary table of the enrolment) for every row, about twice the time at scale 10
        String sql = "SELECT p.id, p.name, COUNT(DISTINCT e.learner_id),"
                + " SUM(CASE WHEN e.exit_date IS NULL THEN 1 ELSE 0 END), SUM(CASE WHEN e.exit_date IS NULL THEN 0 ELSE 1 END)"
                + " FROM enrolment e JOIN cohort c ON c.id = e.cohort_id JOIN programme p ON p.id = c.programme_id WHERE 1 = 1"
                + programmeIds.map(ids -> " AND p.id IN (" + NativeSql.ids(ids) + ")").orElse("")
                + sites.map(ids -> " AND c.site_id IN (" + NativeSql.ids(ids) + ")").orElse("")
                + " GROUP BY p.id, p.name ORDER BY p.name";
        List<ProgrammeFigures> figures = new ArrayList<>();
        for (Object row : em.createNativeQuery(sql).getResultList()) {
            Object[] r = (Object[]) row;
            figures.add(new ProgrammeFigures(((Number) r[0]).longValue(), (String) r[1], ((Number) r[2]).longValue(),
                    ((Number) r[3]).longValue(), ((Number) r[4]).longValue()));
        }
        return figures;
    }
}
