package org.tremplin.learner.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.tremplin.audit.application.AuditTrail;
import org.tremplin.audit.application.Audited;
import org.tremplin.audit.domain.AuditAction;
import org.tremplin.audit.domain.AuditWording;
import org.tremplin.identity.application.CurrentUser;
import org.tremplin.learner.domain.Enrolment;
import org.tremplin.learner.domain.EntrySituation;
import org.tremplin.learner.domain.ExitReason;
import org.tremplin.learner.domain.Learner;
import org.tremplin.learner.infrastructure.EnrolmentRepository;
import org.tremplin.programme.application.ProgrammeService;
import org.tremplin.programme.domain.Cohort;
import org.tremplin.programme.domain.Programme;
import org.tremplin.shared.domain.ConflictException;
import org.tremplin.shared.domain.InvalidValueException;
import org.tremplin.shared.domain.NotFoundException;

/** Enrol learners into cohorts and record their exits. */
@ApplicationScoped
@Transactional
@Audited
public class EnrolmentService {

    @Inject
    EnrolmentRepository enrolments;

    @Inject
    LearnerService learners;

    @Inject
    org.tremplin.learner.infrastructure.LearnerRepository learnerRows;

    @Inject
    ProgrammeService programmes;

    @Inject
    CurrentUser user;

    @Inject
    AuditTrail audit;

    public Enrolment enrol(@NotNull Long learnerId, @NotNull Long cohortId, @NotNull LocalDate entryDate) {
        Learner learner = learners.get(learnerId);
        Cohort cohort = programmes.cohort(cohortId);
        learnerRows.lock(learnerId); // two simultaneous requests must not both pass the check below
        if (enrolments.hasOpenEnrolment(learnerId, cohortId)) {
            throw new ConflictException("cohortId", "This learner is already enrolled in this cohort.");
        }
        Enrolment enrolment = new Enrolment(learner, cohort, entryDate);
        List<Enrolment> earlier = enrolments.inProgramme(learnerId, cohort.getProgramme().getId());
        if (!earlier.isEmpty() && !earlier.get(0).getEntryDate().isAfter(entryDate)) {
            enrolment.keepEntrySheetOf(earlier.get(0)); // a re-entry: the first entry's sheet
        }
        enrolments.store(enrolment);
        enrolments.flush();
        return enrolment;
    }

    public Enrolment exit(@NotNull Long enrolmentId, LocalDate exitDate, ExitReason reason) {
        Enrolment enrolment = get(enrolmentId);
        enrolment.exit(exitDate, reason);
        return enrolment;
    }

    /**
     * Corrects the participant sheet at entry of a learner in a programme (every enrolment of it carries the
     * first entry's sheet), with the reason, which the audit trail keeps (the API lets coordinators and admins).
     */
    public Enrolment correctEntrySheet(@NotNull Long enrolmentId, @NotNull EntrySituation corrected, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidValueException("reason", "Say why the sheet at entry is corrected: the audit trail keeps it.");
        }
        Enrolment enrolment = get(enrolmentId);
        for (Enrolment e : enrolments.inProgramme(enrolment.getLearner().getId(), enrolment.getCohort().getProgramme().getId())) {
            e.correctEntrySheet(corrected);
        }
        audit.record(AuditAction.UPDATE, "Enrolment", enrolmentId, AuditWording.of("entrySheetCorrected", corrected, reason.strip()));
        return enrolment;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Enrolment get(@NotNull Long id) {
        Enrolment enrolment = enrolments.get(id);
        user.checkSite(enrolment.getCohort().getSite().getId(), "Enrolment", id);
        if (user.isTrainer() && !learnerRows.isLedBy(enrolment.getLearner().getId(), user.getUsername())) {
            throw new NotFoundException("Enrolment", id);
        }
        return enrolment;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Enrolment> ofLearner(@NotNull Long learnerId) {
        learners.get(learnerId);
        return enrolments.ofLearner(learnerId);
    }

    /** The programme the learner is following now (their open enrolment's), if any: what their papers are headed with. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Programme> currentProgramme(@NotNull Long learnerId) {
        learners.get(learnerId);
        return enrolments.currentProgramme(learnerId);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Enrolment> ofCohort(@NotNull Long cohortId) {
        programmes.cohort(cohortId);
        if (user.isTrainer() && !enrolments.isCohortLedBy(cohortId, user.getUsername())) {
            throw new NotFoundException("Cohort", cohortId); // its members are the learners of its trainers only
        }
        return enrolments.ofCohort(cohortId);
    }
}
