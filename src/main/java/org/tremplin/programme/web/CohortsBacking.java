package org.tremplin.programme.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import org.tremplin.programme.application.ProgrammeService;
import org.tremplin.programme.domain.Cohort;
import org.tremplin.programme.domain.Programme;
import org.tremplin.programme.domain.Site;
import org.tremplin.shared.web.EditableList;

/** cohorts/list.xhtml: admins see all cohorts, coordinators those of their sites. */
@Named
@ViewScoped
public class CohortsBacking extends EditableList<Cohort> {

    @Inject
    ProgrammeService programmes;

    private Long programmeId;
    private Long siteId;

    @Override
    protected List<Cohort> load() {
        return programmes.cohorts(null);
    }

    @Override
    protected Cohort blank() {
        programmeId = null;
        siteId = null;
        LocalDate start = LocalDate.now();
        return new Cohort(null, null, null, start, start.plusMonths(3), 40);
    }

    @Override
    protected Cohort store(Cohort item) {
        item.setProgramme(programmes.programme(programmeId));
        item.setSite(programmes.site(siteId));
        return programmes.save(item);
    }

    @Override
    protected Cohort reload(Cohort item) {
        Cohort cohort = programmes.cohort(item.getId());
        programmeId = cohort.getProgramme().getId();
        siteId = cohort.getSite().getId();
        return cohort;
    }

    public List<Programme> getProgrammeChoices() {
        return programmes.programmes();
    }

    public List<Site> getSiteChoices() {
        return programmes.sites();
    }

    public Long getProgrammeId() { return programmeId; }
    public void setProgrammeId(Long programmeId) { this.programmeId = programmeId; }
    public Long getSiteId() { return siteId; }
    public void setSiteId(Long siteId) { this.siteId = siteId; }
}
