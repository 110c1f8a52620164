package org.tremplin.learner.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.tremplin.audit.application.AuditTrail;
import org.tremplin.audit.application.Audited;
import org.tremplin.audit.domain.AuditAction;
import org.tremplin.audit.domain.AuditWording;
import org.tremplin.identity.application.CurrentUser;
import org.tremplin.learner.domain.Learner;
import org.tremplin.learner.domain.LearnerFilter;
import org.tremplin.learner.domain.LearnerSort;
import org.tremplin.learner.domain.PersonErased;
import org.tremplin.learner.infrastructure.EnrolmentRepository;
import org.tremplin.learner.infrastructure.LearnerRepository;
import org.tremplin.shared.domain.NotFoundException;
import org.tremplin.shared.domain.Page;

/** Learner records, always within the caller's sites. */
@ApplicationScoped
@Transactional
@Audited
public class LearnerService {

    @Inject
    LearnerRepository learners;

    @Inject
    CurrentUser user;

    @Inject
    EnrolmentRepository enrolments;

    @Inject
    Event<PersonErased> erased;

    @Inject
    AuditTrail audit;

    public Learner save(@NotNull @Valid Learner learner) {
        user.checkSite(learner.getSite().getId(), "Site", learner.getSite().getId());
        boolean existing = learner.getId() != null; // a new learner has no enrolment yet
        Learner stored = learners.store(learner);
        if (existing) {
            LocalDate today = LocalDate.now(); // entries not yet passed: their sheet at entry follows the record
            enrolments.ofLearner(stored.getId()).forEach(e -> e.followRecord(stored, today));
        }
        learners.flush();
        return stored;
    }

    /**
     * Erasure: the person is anonymised, the statistics stay; the other features drop the free text
     * they hold on the person ({@link PersonErased}); the audit trail records it.
     */
    public void erase(@NotNull Long id) {
        anonymise(get(id), AuditAction.ERASURE);
    }

    /** Anonymises a learner found by the retention job (no caller scope: the job runs for every site). */
    public void anonymiseAtEndOfRetention(@NotNull Long id) {
        anonymise(learners.get(id), AuditAction.RETENTION);
    }

    /** Once: a record already anonymised is left as it is (no second event). */
    private void anonymise(Learner learner, AuditAction why) {
        if (learner.isAnonymised()) {
            return;
        }
        learner.anonymise(LocalDate.now(), enrolments.ofLearner(learner.getId()));
        erased.fire(new PersonErased(learner.getId()));
        audit.record(why, "Learner", learner.getId(), AuditWording.of(why == AuditAction.RETENTION
                ? "anonymisedRetention" : "anonymisedRequest"));
    }

    /** Restriction of processing (GDPR art. 18) set or lifted; hidden from search and trainers, still counted. */
    public Learner restrict(@NotNull Long id, boolean restricted) {
        Learner learner = get(id);
        if (learner.restrict(restricted, LocalDate.now())) {
            audit.record(AuditAction.RESTRICTION, "Learner", id, AuditWording.of(restricted ? "restricted" : "restrictionLifted"));
        }
        return learner;
    }

    /**
     * One learner of the caller's sites. A trainer sees only the learners of the cohorts where they lead a
     * session, never a restricted record: any other is not found, as another site's is.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Learner get(@NotNull Long id) {
        Learner learner = learners.get(id);
        user.checkSite(learner.getSite().getId(), "Learner", id);
        if (user.isTrainer() && (learner.isRestricted() || !learners.isLedBy(id, user.getUsername()))) {
            throw new NotFoundException("Learner", id);
        }
        return learner;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Learner> search(@NotNull LearnerFilter filter, @NotNull LearnerSort sort, boolean descending,
            int first, int size) {
        return learners.search(scoped(filter), user.siteScope(), sort, descending, first, size);
    }

    /** Probable second records of a person: same names (folded, either order) and birth date. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public java.util.List<Learner> sameIdentity(String firstName, String lastName, java.time.LocalDate birthDate,
            Long exceptId) {
        return learners.sameIdentity(firstName, lastName, birthDate, exceptId);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long count(@NotNull LearnerFilter filter) {
        return learners.count(scoped(filter), user.siteScope());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public java.util.List<Learner> page(@NotNull LearnerFilter filter, @NotNull LearnerSort sort, boolean descending,
            int first, int size) {
        return learners.page(scoped(filter), user.siteScope(), sort, descending, first, size);
    }

    private LearnerFilter scoped(LearnerFilter filter) {
        if (user.isTrainer()) {
            return filter.seenBy(user.getUsername());
        }
        return user.isFunder() ? filter.unrestricted() : filter;
    }
}
