package org.tremplin.outcome.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.tremplin.outcome.domain.SurveyInvitation;
import org.tremplin.shared.infrastructure.JpaRepository;
import org.tremplin.shared.infrastructure.SiteScope;

/** Six-month survey links: found by the hash of their secret, the open ones to remind, the response rates. */
@ApplicationScoped
public class SurveyRepository extends JpaRepository<SurveyInvitation> {

    public SurveyRepository() {
        super(SurveyInvitation.class);
    }

    public Optional<SurveyInvitation> bySecret(String secret) {
        return em.createQuery("SELECT s FROM SurveyInvitation s JOIN FETCH s.learner JOIN FETCH s.enrolment"
                + " WHERE s.secretHash = :h", SurveyInvitation.class)
                .setParameter("h", SurveyInvitation.hash(secret)).getResultList().stream().findFirst();
    }

    /** The invitations of an exit, newest first. */
    public List<SurveyInvitation> ofEnrolment(Long enrolmentId) {
        return em.createQuery("SELECT s FROM SurveyInvitation s WHERE s.enrolment.id = :e ORDER BY s.sentAt DESC, s.id DESC",
                SurveyInvitation.class).setParameter("e", enrolmentId).getResultList();
    }

    /** The exits among these that already had an invitation (whatever became of it). */
    public List<Long> invitedAmong(List<Long> enrolmentIds) {
        if (enrolmentIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT DISTINCT s.enrolment.id FROM SurveyInvitation s WHERE s.enrolment.id IN :ids", Long.class)
                .setParameter("ids", enrolmentIds).getResultList();
    }

    /** Unanswered, not withdrawn, not expired, sent since {@code since}: the ones a reminder may be due for. */
    public List<SurveyInvitation> open(LocalDate today, Instant since) {
        return em.createQuery("SELECT s FROM SurveyInvitation s JOIN FETCH s.learner WHERE s.answeredAt IS NULL"
                + " AND s.withdrawnAt IS NULL AND s.expiresOn >= :today AND s.sentAt >= :since ORDER BY s.id", SurveyInvitation.class)
                .setParameter("today", today).setParameter("since", since).getResultList();
    }

    /** The open links of a person (withdrawn when they are erased). */
    public List<SurveyInvitation> openOfLearner(Long learnerId) {
        return em.createQuery("SELECT s FROM SurveyInvitation s WHERE s.learner.id = :l AND s.answeredAt IS NULL"
                + " AND s.withdrawnAt IS NULL", SurveyInvitation.class).setParameter("l", learnerId).getResultList();
    }

    /**
     * Per programme of the sites given (empty: all): [programme id, programme name, people invited, people who
     * answered]; a person invited twice for one exit counts once.
     */
    public List<Object[]> responseRates(Optional<List<Long>> sites) {
        // one row per exit invited (JPQL has no COUNT(DISTINCT CASE …)): its programme and whether any link was answered
        var q = em.createQuery("SELECT p.id, p.name, e.id, MAX(s.answeredAt) FROM SurveyInvitation s JOIN s.enrolment e"
                + " JOIN e.cohort c JOIN c.programme p" + (sites.isPresent() ? " WHERE " + SiteScope.contains("c.site.id") : "")
                + " GROUP BY p.id, p.name, e.id", Object[].class);
        sites.ifPresent(ids -> q.setParameter(SiteScope.PARAMETER, SiteScope.value(ids)));
        java.util.Map<Long, Object[]> byProgramme = new java.util.TreeMap<>();
        for (Object[] r : q.getResultList()) {
            Object[] sum = byProgramme.computeIfAbsent((Long) r[0], id -> new Object[] {id, r[1], 0L, 0L});
            sum[2] = (Long) sum[2] + 1;
            sum[3] = (Long) sum[3] + (r[3] == null ? 0 : 1);
        }
        return byProgramme.values().stream().sorted(java.util.Comparator.comparing(r -> (String) r[1])).toList();
    }
}
