package org.tremplin.outcome.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import java.sql.Date;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.tremplin.learner.domain.Consent;
import org.tremplin.learner.domain.ConsentPurpose;
import org.tremplin.learner.domain.Enrolment;
import org.tremplin.outcome.domain.Outcome;
import org.tremplin.outcome.domain.OutcomeTiming;
import org.tremplin.shared.infrastructure.JpaRepository;
import org.tremplin.shared.infrastructure.NativeSql;
import org.tremplin.shared.infrastructure.SiteScope;

@ApplicationScoped
public class OutcomeRepository extends JpaRepository<Outcome> {

    public OutcomeRepository() {
        super(Outcome.class);
    }

    /** A learner's outcomes, by exit then timing. */
    public List<Outcome> ofLearner(Long learnerId) {
        return em.createQuery("SELECT o FROM Outcome o JOIN FETCH o.enrolment e WHERE o.learner.id = :l "
                + "ORDER BY e.exitDate DESC, o.timing, o.id", Outcome.class).setParameter("l", learnerId).getResultList();
    }

    public Optional<Outcome> of(Long enrolmentId, OutcomeTiming timing) {
        return em.createQuery("SELECT o FROM Outcome o WHERE o.enrolment.id = :e AND o.timing = :t", Outcome.class)
                .setParameter("e", enrolmentId).setParameter("t", timing).getResultStream().findFirst();
    }

    /**
     * The follow-up queue's four counts in one statement: for each timing, the follow-ups due by {@code dueBy}
     * and by {@code overdueBy} (the same rule as {@link #due}), read from the follow-ups kept as waiting
     * ({@link FollowUpsDue}) of the caller's sites. Returns, in order: at exit due, at exit overdue, six months
     * due, six months overdue.
     */
    public long[] dueCounts(Map<OutcomeTiming, LocalDate> dueBy, Map<OutcomeTiming, LocalDate> overdueBy, Optional<List<Long>> sites) {
        if (noSite(sites)) {
            return new long[4];
        }
        OutcomeTiming[] timings = {OutcomeTiming.AT_EXIT, OutcomeTiming.AT_EXIT, OutcomeTiming.SIX_MONTHS, OutcomeTiming.SIX_MONTHS};
        LocalDate[] last = new LocalDate[4];
        StringBuilder sql = new StringBuilder("SELECT");
        for (int i = 0; i < 4; i++) {
            last[i] = lastExit(timings[i], (i % 2 == 0 ? dueBy : overdueBy).get(timings[i]));
            sql.append(i == 0 ? " " : ", ").append("SUM(CASE WHEN f.timing = '").append(timings[i].name())
                    .append("' AND f.exit_date <= ?").append(i + 1).append(" THEN 1 ELSE 0 END)");
        }
        sql.append(" FROM follow_up_due f WHERE f.exit_date <= ?5");
        sites.ifPresent(ids -> sql.append(" AND f.site_id IN (").append(NativeSql.ids(ids)).append(")"));
        Query q = em.createNativeQuery(sql.toString());
        for (int i = 0; i < 4; i++) {
            q.setParameter(i + 1, Date.valueOf(last[i]));
        }
        Object[] r = (Object[]) q.setParameter(5, Date.valueOf(Collections.max(List.of(last)))).getSingleResult();
        long[] counts = new long[4];
        for (int i = 0; i < 4; i++) {
            counts[i] = r[i] == null ? 0 : ((Number) r[i]).longValue();
        }
        return counts;
    }

    /** The due date is the exit date, or six months after it: the latest exit date due by {@code dueBy}. */
    private static LocalDate lastExit(OutcomeTiming timing, LocalDate dueBy) {
        return timing == OutcomeTiming.AT_EXIT ? dueBy : dueBy.plusDays(1).minusMonths(6).minusDays(1);
    }

    /**
     * The follow-up queue: closed enrolments (of the given sites) still waiting for the observation of
     * this timing and due by {@code dueBy}, the longest waiting first.
     */
    public List<Enrolment> due(OutcomeTiming timing, LocalDate dueBy, Optional<List<Long>> sites, int first, int size) {
        if (noSite(sites)) {
            return List.of();
        }
        TypedQuery<Enrolment> q = em.createQuery("SELECT e FROM Enrolment e WHERE e.exitDate IS NOT NULL AND e.exitDate <= :last"
                + " AND NOT EXISTS (SELECT o FROM Outcome o WHERE o.enrolment = e AND o.timing = :t)"
                + sites.map(ids -> " AND " + SiteScope.contains("e.cohort.site.id")).orElse("") + " ORDER BY e.exitDate, e.id", Enrolment.class)
                .setParameter("last", lastExit(timing, dueBy)).setParameter("t", timing);
        sites.ifPresent(ids -> q.setParameter(SiteScope.PARAMETER, SiteScope.value(ids)));
        return q.setHint("eclipselink.join-fetch", "e.learner").setHint("eclipselink.join-fetch", "e.cohort")
                .setFirstResult(first).setMaxResults(size).getResultList();
    }

    /** Among these learners, those who agreed to be contacted for the six-month survey (and did not withdraw). */
    /** The register entries of the purpose "six-month survey" (being contacted) of these learners, by learner, in one statement. */
    public Map<Long, List<Consent>> contactConsents(List<Long> learnerIds) {
        if (learnerIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("SELECT c FROM Consent c WHERE c.learner.id IN :ids AND c.purpose = :p", Consent.class)
                .setParameter("ids", learnerIds).setParameter("p", ConsentPurpose.SIX_MONTH_SURVEY).getResultList()
                .stream().collect(Collectors.groupingBy(c -> c.getLearner().getId()));
    }
}
