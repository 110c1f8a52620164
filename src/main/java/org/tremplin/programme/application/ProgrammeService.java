package org.tremplin.programme.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;
import org.tremplin.audit.application.Audited;
import org.tremplin.programme.domain.Cohort;
import org.tremplin.programme.domain.ParticipationRuleChanged;
import org.tremplin.programme.domain.Programme;
import org.tremplin.programme.domain.Site;
import org.tremplin.programme.infrastructure.CohortRepository;
import org.tremplin.programme.infrastructure.ProgrammeRepository;
import org.tremplin.programme.infrastructure.SiteRepository;
import org.tremplin.shared.application.Caller;

/**
 * Programmes, sites and cohorts: the frame every learner record sits in. Admins change them;
 * coordinators manage the cohorts of their own sites. Reads are limited to the caller's sites.
 */
@ApplicationScoped
@Transactional
@Audited
public class ProgrammeService {

    @Inject
    ProgrammeRepository programmes;

    @Inject
    SiteRepository sites;

    @Inject
    CohortRepository cohorts;

    @Inject
    Caller user;

    @Inject
    Event<ParticipationRuleChanged> ruleChanged;

    /** Saves a programme; a new participation rule has what was kept from the old one computed again. */
    public Programme save(@NotNull @Valid Programme programme) {
        Optional<Integer> rule = programme.getId() == null ? Optional.empty()
                : programmes.storedMinAttendanceDays(programme.getId());
        Programme stored = programmes.store(programme);
        programmes.flush();
        if (rule.isPresent() && rule.get() != stored.getMinAttendanceDays()) {
            ruleChanged.fire(new ParticipationRuleChanged(stored.getId()));
        }
        return stored;
    }

    public Site save(@NotNull @Valid Site site) {
        Site stored = sites.store(site);
        sites.flush();
        return stored;
    }

    public Cohort save(@NotNull @Valid Cohort cohort) {
        user.checkSite(cohort.getSite().getId(), "Site", cohort.getSite().getId());
        Cohort stored = cohorts.store(cohort);
        cohorts.flush();
        return stored;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Programme> programmes() {
        return programmes.all();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Programme programme(Long id) {
        return programmes.get(id);
    }

    /** Sites the caller may see. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Site> sites() {
        return sites.all(user.siteScope());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Site site(Long id) {
        user.checkSite(id, "Site", id);
        return sites.get(id);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Cohort> cohorts(Long programmeId) {
        return cohorts.all(user.siteScope(), programmeId);
    }

    /** The first {@code limit} cohorts of the caller's sites whose name holds the text, newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Cohort> findCohorts(Long programmeId, String text, int limit) {
        return cohorts.search(user.siteScope(), programmeId, text, limit);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Cohort cohort(Long id) {
        Cohort cohort = cohorts.get(id);
        user.checkSite(cohort.getSite().getId(), "Cohort", id);
        return cohort;
    }
}
