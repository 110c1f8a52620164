package org.tremplin.privacy.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Map;
import org.tremplin.equipment.domain.EquipmentEvent;
import org.tremplin.equipment.domain.Loan;
import org.tremplin.learner.domain.Accompaniment;
import org.tremplin.learner.domain.PersonErased;
import org.tremplin.outcome.domain.ContactAttempt;
import org.tremplin.outcome.domain.Outcome;
import org.tremplin.training.domain.Assessment;

/**
 * Erasure, in the erasure's transaction: the free text written about the person goes — outcome notes
 * (an employer, a name), a trainer's assessment notes, damage notes of their loans and of those loans'
 * events, the notes of the attempts to reach them, the first name of a one-off accompaniment that became their
 * intake. The records themselves stay: they are counted. A new free-text column about a person
 * belongs in this list.
 */
@ApplicationScoped
public class FreeTextErasure {

    private static final Map<String, Class<?>> STATEMENTS = Map.of(
            "UPDATE outcome SET note = NULL WHERE learner_id = ?1", Outcome.class,
            "UPDATE assessment SET note = NULL WHERE learner_id = ?1", Assessment.class,
            "UPDATE loan SET damage_notes = NULL WHERE learner_id = ?1", Loan.class,
            "UPDATE equipment_event SET note = NULL WHERE loan_id IN (SELECT id FROM loan WHERE learner_id = ?1)",
            EquipmentEvent.class,
            "UPDATE contact_attempt SET note = NULL WHERE learner_id = ?1", ContactAttempt.class,
            "UPDATE accompaniment SET first_name = NULL, note = NULL WHERE learner_id = ?1", Accompaniment.class);

    @PersistenceContext(unitName = "tremplin")
    EntityManager em;

    void forget(@Observes PersonErased erased) {
        STATEMENTS.forEach((sql, cached) -> {
            em.createNativeQuery(sql).setParameter(1, erased.learnerId()).executeUpdate();
            em.getEntityManagerFactory().getCache().evict(cached); // no stale copy in the shared cache
        });
    }
}
