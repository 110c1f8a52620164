package org.tremplin.programme.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
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

    /**
     * The cohorts a person can still be enrolled in or a session planned for: those of the caller's sites (of
     * one site when given) that have not ended more than a month ago (a late register or a late enrolment).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Cohort> currentCohorts(Long siteId) {
        return cohortsOf(siteId, LocalDate.now().minusMonths(1));
    }

    /** The cohorts of the caller's sites (of one site when given) that end on or after a day (any when null). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Cohort> cohortsOf(Long siteId, LocalDate endingFrom) {
        return cohorts.endingFrom(user.siteScope(), siteId, endingFrom);
    }

    /** How many cohorts of the caller's sites have a name holding the text (all when blank). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long countCohorts(String text) {
        return cohorts.count(user.siteScope(), text);
    }

    /** One page of the caller's cohorts whose name holds the text, by programme then newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Cohort> cohortPage(String text, int first, int size) {
        return cohorts.page(user.siteScope(), text, first, size);
    }

    /** The {@code limit} newest cohorts of a programme in the caller's sites (of one site when given), newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Cohort> latestCohorts(Long programmeId, Long siteId, int limit) {
        return cohorts.latest(user.siteScope(), programmeId, siteId, limit);
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
