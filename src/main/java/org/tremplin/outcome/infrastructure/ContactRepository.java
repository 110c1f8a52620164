package org.tremplin.outcome.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.tremplin.outcome.domain.ContactAttempt;
import org.tremplin.outcome.domain.OutcomeTiming;
import org.tremplin.shared.infrastructure.JpaRepository;

/** The attempts to reach people for their follow-ups. */
@ApplicationScoped
public class ContactRepository extends JpaRepository<ContactAttempt> {

    public ContactRepository() {
        super(ContactAttempt.class);
    }

    /** The attempts of one follow-up, oldest first. */
    public List<ContactAttempt> of(Long enrolmentId, OutcomeTiming timing) {
        return em.createQuery("SELECT a FROM ContactAttempt a WHERE a.enrolment.id = :e AND a.timing = :t"
                + " ORDER BY a.attemptedAt, a.id", ContactAttempt.class)
                .setParameter("e", enrolmentId).setParameter("t", timing).getResultList();
    }

    /** The attempts of these exits' follow-ups of one timing, by enrolment, in one statement. */
    public Map<Long, List<ContactAttempt>> of(List<Long> enrolmentIds, OutcomeTiming timing) {
        if (enrolmentIds.isEmpty()) {
            return Map.of();
        }
        // the enrolment's id read with each attempt: grouping never loads an enrolment
        return em.createQuery("SELECT a.enrolment.id, a FROM ContactAttempt a WHERE a.enrolment.id IN :ids AND a.timing = :t"
                + " ORDER BY a.attemptedAt, a.id", Object[].class)
                .setParameter("ids", enrolmentIds).setParameter("t", timing).getResultList()
                .stream().collect(Collectors.groupingBy(r -> (Long) r[0], Collectors.mapping(r -> (ContactAttempt) r[1],
                        Collectors.toList())));
    }
}
