package org.tremplin.privacy.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Locale;
import org.tremplin.identity.application.CurrentUser;
import org.tremplin.identity.domain.Role;
import org.tremplin.learner.application.LearnerService;
import org.tremplin.privacy.domain.Dossier;
import org.tremplin.privacy.infrastructure.DossierPdf;
import org.tremplin.privacy.infrastructure.DossierQueries;
import org.tremplin.shared.domain.NotFoundException;

/**
 * The right of access: everything held on one learner of the caller's sites, for coordinators and
 * admins (the person asks them; trainers and funders never export a person).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class DossierService {

    @Inject
    LearnerService learners;

    @Inject
    DossierQueries queries;

    @Inject
    CurrentUser user;

    public Dossier of(long learnerId) {
        if (!user.is(Role.ADMIN) && !user.is(Role.COORDINATOR)) {
            throw new NotFoundException("Learner", learnerId);
        }
        learners.get(learnerId); // the caller's sites only
        return queries.read(learnerId);
    }

    public byte[] pdf(long learnerId, Locale locale) {
        return DossierPdf.render(of(learnerId), locale);
    }
}
