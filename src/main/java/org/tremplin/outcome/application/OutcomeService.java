package org.tremplin.outcome.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.tremplin.audit.application.Audited;
import org.tremplin.identity.application.CurrentUser;
import org.tremplin.learner.application.EnrolmentService;
import org.tremplin.learner.application.LearnerService;
import org.tremplin.learner.domain.Enrolment;
import org.tremplin.outcome.domain.Outcome;
import org.tremplin.outcome.domain.OutcomeTiming;
import org.tremplin.outcome.infrastructure.OutcomeRepository;
import org.tremplin.shared.domain.ConflictException;
import org.tremplin.shared.domain.InvalidValueException;
import org.tremplin.shared.domain.NotFoundException;

/** Recording what became of learners after they left (the queue of follow-ups still to make: {@link FollowUpService}). */
@ApplicationScoped
@Transactional
@Audited
public class OutcomeService {

    @Inject
    OutcomeRepository outcomes;

    @Inject
    EnrolmentService enrolments;

    @Inject
    LearnerService learners;

    @Inject
    CurrentUser user;

    /** Records the observation of an exit; a second one of the same timing is refused (correct it instead). */
    public Outcome record(@NotNull OutcomeRequest r) {
        Enrolment enrolment = enrolmentOf(r);
        if (outcomes.of(enrolment.getId(), r.timing()).isPresent()) {
            throw new ConflictException("timing", "This exit already has its " + (r.timing() == OutcomeTiming.AT_EXIT
                    ? "at-exit" : "six-month") + " outcome: correct it instead.");
        }
        Outcome outcome = new Outcome(enrolment, r.timing(), r.situation(), r.observedOn(), r.source(), r.note(),
                user.getUsername(), LocalDate.now());
        outcomes.store(outcome);
        outcomes.flush();
        return outcome;
    }

    /** Replaces what an outcome says (its exit and timing stay). */
    public Outcome correct(@NotNull Long id, @NotNull OutcomeRequest r, Long version) {
        Outcome outcome = get(id);
        outcome.checkVersion(version);
        outcome.correct(r.situation(), r.observedOn(), r.source(), r.note(), user.getUsername(), LocalDate.now());
        outcomes.flush();
        return outcome;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Outcome get(@NotNull Long id) {
        Outcome outcome = outcomes.find(id).orElseThrow(() -> new NotFoundException("Outcome", id));
        enrolments.get(outcome.getEnrolment().getId()); // a learner outside the caller's sites is not found
        return outcome;
    }

    /** The outcome of an exit at a timing, if recorded (for the form: record or correct). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public java.util.Optional<Outcome> of(@NotNull Long enrolmentId, @NotNull OutcomeTiming timing) {
        enrolments.get(enrolmentId);
        return outcomes.of(enrolmentId, timing);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Outcome> ofLearner(@NotNull Long learnerId) {
        learners.get(learnerId);
        return outcomes.ofLearner(learnerId);
    }

    private Enrolment enrolmentOf(OutcomeRequest r) {
        if (r.enrolmentId() != null) {
            Enrolment e = enrolments.get(r.enrolmentId());
            if (r.learnerId() != null && !e.getLearner().getId().equals(r.learnerId())) {
                throw new ConflictException("enrolmentId", "This enrolment is not the learner's.");
            }
            return e;
        }
        if (r.learnerId() == null) {
            throw new InvalidValueException("learnerId", "Choose the learner.");
        }
        return enrolments.ofLearner(r.learnerId()).stream().filter(e -> e.getExitDate() != null)
                .max(Comparator.comparing(Enrolment::getExitDate).thenComparing(Enrolment::getId))
                .orElseThrow(() -> new ConflictException("enrolmentId", "This learner has not left any cohort yet: record the exit first."));
    }
}
