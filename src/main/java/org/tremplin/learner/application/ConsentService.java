package org.tremplin.learner.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import org.tremplin.audit.application.Audited;
import org.tremplin.identity.application.CurrentUser;
import org.tremplin.learner.domain.Consent;
import org.tremplin.learner.domain.ConsentMethod;
import org.tremplin.learner.domain.ConsentPurpose;
import org.tremplin.learner.infrastructure.ConsentRepository;

/** The consent register: who agreed to what, when, how, recorded by whom; and withdrawals. */
@ApplicationScoped
@Transactional
@Audited
public class ConsentService {

    @Inject
    ConsentRepository consents;

    @Inject
    LearnerService learners;

    @Inject
    CurrentUser user;

    public Consent record(@NotNull Long learnerId, @NotNull ConsentPurpose purpose, boolean given,
            @NotNull LocalDate on, @NotNull ConsentMethod method) {
        Consent consent = new Consent(learners.get(learnerId), purpose, given, on, method, user.getUsername());
        consents.store(consent);
        consents.flush();
        return consent;
    }

    /**
     * A withdrawal stops the processing the consent covered: the six-month survey — no contact details
     * in the follow-up queue any more; the programme follow-up — the record is restricted (hidden from
     * search and trainers, still counted in the figures already due).
     */
    public Consent withdraw(@NotNull Long learnerId, @NotNull Long consentId, @NotNull LocalDate on) {
        learners.get(learnerId); // scope check
        Consent consent = consents.get(consentId);
        if (!consent.getLearner().getId().equals(learnerId)) {
            throw new org.tremplin.shared.domain.NotFoundException("Consent", consentId);
        }
        consent.withdraw(on, user.getUsername());
        if (consent.getPurpose() == ConsentPurpose.PROGRAMME_FOLLOW_UP) {
            learners.restrict(learnerId, true);
        }
        return consent;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Consent> ofLearner(@NotNull Long learnerId) {
        learners.get(learnerId);
        return consents.ofLearner(learnerId);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean hasActive(@NotNull Long learnerId, @NotNull ConsentPurpose purpose) {
        return consents.hasActive(learnerId, purpose);
    }
}
