package org.tremplin.programme.web;

import jakarta.annotation.PostConstruct;
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
import org.tremplin.shared.web.PagedModel;

/**
 * cohorts/list.xhtml: admins see all cohorts, coordinators those of their sites, twenty at a time from
 * the database (a region has thousands), narrowed by a part of their name.
 */
@Named
@ViewScoped
public class CohortsBacking extends EditableList<Cohort> {

    @Inject
    ProgrammeService programmes;

    private Long programmeId;
    private Long siteId;
    private String text;
    private PagedModel<Cohort> model;

    @PostConstruct
    void init() {
        model = new PagedModel<>(() -> programmes.countCohorts(text), (first, size) -> programmes.cohortPage(text, first, size));
    }

    /** Called by the name field: the table goes back to its first page. */
    public void applyFilter() {
        PagedModel.rewind("list:table");
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

    public PagedModel<Cohort> getModel() { return model; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public Long getProgrammeId() { return programmeId; }
    public void setProgrammeId(Long programmeId) { this.programmeId = programmeId; }
    public Long getSiteId() { return siteId; }
    public void setSiteId(Long siteId) { this.siteId = siteId; }
}
