package org.tremplin.learner.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.tremplin.identity.application.CurrentUser;
import org.tremplin.learner.domain.Learner;
import org.tremplin.learner.infrastructure.LearnerRepository;

/** Learner records, always within the caller's sites. */
@ApplicationScoped
@Transactional
public class LearnerService {

    @Inject
    LearnerRepository learners;

    @Inject
    CurrentUser user;

    public Learner save(@NotNull @Valid Learner learner) {
        user.checkSite(learner.getSite().getId(), "Site", learner.getSite().getId());
        Learner stored = learners.store(learner);
        learners.flush();
        return stored;
    }

    /** Erasure: the person is anonymised, the statistics stay. */
    public void erase(@NotNull Long id) {
        get(id).anonymise();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Learner get(@NotNull Long id) {
        Learner learner = learners.get(id);
        user.checkSite(learner.getSite().getId(), "Learner", id);
        return learner;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Learner> search(@NotNull LearnerFilter filter, @NotNull LearnerSort sort, boolean descending,
            int first, int size) {
        return learners.search(filter, user.siteScope(), sort, descending, first, size);
    }

    /** Probable second records of a person: same names (folded, either order) and birth date. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public java.util.List<Learner> sameIdentity(String firstName, String lastName, java.time.LocalDate birthDate,
            Long exceptId) {
        return learners.sameIdentity(firstName, lastName, birthDate, exceptId);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long count(@NotNull LearnerFilter filter) {
        return learners.count(filter, user.siteScope());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public java.util.List<Learner> page(@NotNull LearnerFilter filter, @NotNull LearnerSort sort, boolean descending,
            int first, int size) {
        return learners.page(filter, user.siteScope(), sort, descending, first, size);
    }
}
