package org.tremplin.learner.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tremplin.learner.application.LearnerService;
import org.tremplin.learner.domain.EnrolmentStatus;
import org.tremplin.learner.domain.Learner;
import org.tremplin.programme.application.ProgrammeService;
import org.tremplin.programme.domain.Cohort;
import org.tremplin.programme.domain.Programme;
import org.tremplin.programme.domain.Site;
import org.tremplin.shared.domain.NotFoundException;
import org.tremplin.shared.domain.Page;
import org.tremplin.shared.web.PlainList;

/**
 * The learner list: a page of the learners of the user's sites, narrowed and ordered by its address
 * ({@link LearnerListQuery}).
 * <p>
 * The page keeps no state: its filters are a plain GET form, its pages and orders plain links. A filtered list has
 * an address of its own (bookmarked, sent to a colleague, given back by the Back button), and each request reads
 * only what it shows, without a Faces view kept in the session, restored and saved again, nor a table widget: the
 * busiest page of the app costs about what a page of text costs (docs/benchmarks.md).
 */
@Named
@RequestScoped
public class LearnersBacking extends PlainList<Learner> {

    /** Cohorts offered in the cohort drop-down, newest first. */
    static final int COHORTS = 60;

    @Inject
    LearnerService learners;

    @Inject
    ProgrammeService programmes;

    private LearnerListQuery query;
    private List<Site> sites;
    private List<Programme> programmeChoices;
    private List<Cohort> cohortChoices;

    @PostConstruct
    void read() {
        read(LearnerListQuery.parse(FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap()));
    }

    void read(LearnerListQuery query) {
        this.query = query;
    }

    @Override
    protected Page<Learner> search(int first, int size) {
        if (query.cohortId() != null && getCohortChoices().stream().noneMatch(c -> c.getId().equals(query.cohortId()))) {
            query = query.withoutCohort(); // of another programme or site: the form kept it when these changed
        }
        return learners.search(query.filter(), query.column().sort(), query.descending(), first, size);
    }

    @Override
    public LearnerListQuery getQuery() {
        return query;
    }

    public List<Site> getSites() {
        if (sites == null) {
            sites = programmes.sites();
        }
        return sites;
    }

    public List<Programme> getProgrammeChoices() {
        if (programmeChoices == null) {
            programmeChoices = programmes.programmes();
        }
        return programmeChoices;
    }

    /**
     * The chosen programme's {@value #COHORTS} newest cohorts in the user's sites (the chosen site's, if one is), and
     * the chosen cohort if it is older; none until a programme is chosen. A programme runs many cohorts over the
     * years (at scale 10, 5,760 for one programme): a drop-down of them all would be read and sent at each view.
     */
    public List<Cohort> getCohortChoices() {
        if (cohortChoices == null) {
            List<Cohort> choices = new ArrayList<>(query.programmeId() == null ? List.of()
                    : programmes.latestCohorts(query.programmeId(), query.siteId(), COHORTS));
            Long chosen = query.cohortId();
            if (chosen != null && choices.stream().noneMatch(c -> c.getId().equals(chosen))) {
                older(chosen).ifPresent(choices::add);
            }
            cohortChoices = List.copyOf(choices);
        }
        return cohortChoices;
    }

    /** Whether more cohorts than those offered match the programme (and site): the page says so. */
    public boolean isCohortChoicesCut() {
        return getCohortChoices().size() >= COHORTS;
    }

    /** The chosen cohort, when the user may see it and it belongs to the chosen programme and site. */
    private Optional<Cohort> older(Long id) {
        try {
            Cohort c = programmes.cohort(id);
            boolean fits = c.getProgramme().getId().equals(query.programmeId())
                    && (query.siteId() == null || query.siteId().equals(c.getSite().getId()));
            return fits ? Optional.of(c) : Optional.empty();
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    public EnrolmentStatus[] getStatuses() {
        return EnrolmentStatus.values();
    }
}
