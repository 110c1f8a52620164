package org.tremplin.learner.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import org.tremplin.audit.application.Audited;
import org.tremplin.learner.domain.ConsentMethod;
import org.tremplin.learner.domain.ConsentPurpose;
import org.tremplin.learner.domain.Learner;

/** The intake desk: a learner, their consents and their first enrolment, stored together or not at all. */
@ApplicationScoped
@Transactional
@Audited
public class IntakeService {

    /** A consent answer given at intake. */
    public record ConsentAnswer(ConsentPurpose purpose, boolean given) {
    }

    @Inject
    LearnerService learners;

    @Inject
    ConsentService consents;

    @Inject
    EnrolmentService enrolments;

    @Inject
    AccompanimentService accompaniments;

    public Learner register(@NotNull @Valid Learner learner, @NotNull List<ConsentAnswer> answers,
            ConsentMethod method, LocalDate consentDate, Long cohortId, LocalDate entryDate) {
        return register(learner, answers, method, consentDate, cohortId, entryDate, null);
    }

    /** The intake; {@code accompanimentId}: the one-off accompaniment of the person that it follows, linked in the same transaction. */
    public Learner register(@NotNull @Valid Learner learner, @NotNull List<ConsentAnswer> answers,
            ConsentMethod method, LocalDate consentDate, Long cohortId, LocalDate entryDate, Long accompanimentId) {
        Learner stored = learners.save(learner);
        if (accompanimentId != null) {
            accompaniments.becameIntake(accompanimentId, stored);
        }
        for (ConsentAnswer answer : answers) {
            consents.record(stored.getId(), answer.purpose(), answer.given(), consentDate, method);
        }
        if (cohortId != null) {
            enrolments.enrol(stored.getId(), cohortId, entryDate);
        }
        return stored;
    }
}
