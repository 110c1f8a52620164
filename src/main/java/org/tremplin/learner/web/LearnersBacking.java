package org.tremplin.learner.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.tremplin.learner.application.LearnerService;
import org.tremplin.learner.domain.EnrolmentStatus;
import org.tremplin.learner.domain.LearnerFilter;
import org.tremplin.programme.application.ProgrammeService;
import org.tremplin.programme.domain.Cohort;
import org.tremplin.programme.domain.Programme;
import org.tremplin.programme.domain.Site;
import org.tremplin.programme.web.CohortPicker;
import org.tremplin.shared.web.PagedModel;

/** The learner list: filters above a lazy table, limited to the user's sites. */
@Named
@ViewScoped
public class LearnersBacking implements Serializable {

    @Inject
    LearnerService learners;

    @Inject
    ProgrammeService programmes;

    @Inject
    CohortPicker cohortPicker;

    /**
     * Not written with the session: where instances share sessions, the session (and so every
     * view-scoped bean) goes to the data grid after each request, and a page of learners would go with
     * it. Rebuilt from the filter when needed.
     */
    private transient LearnerListModel model;
    private String text;
    private Long siteId;
    private Long programmeId;
    private Cohort cohort;
    private EnrolmentStatus status;
    private Boolean esfComplete;
    private boolean restricted;
    private Integer page;

    /** Read once per request (EL asks several times while rendering), not written with the session. */
    private transient List<Site> sites;
    private transient List<Programme> programmeChoices;

    /** The table's client id in learners/list.xhtml, and its rows per page. */
    static final String TABLE = "learners:table";
    static final int ROWS = 20;

    /** Called by every filter field: the table goes back to its first page. */
    public void applyFilter() {
        if (cohort != null && programmeId != null && !cohort.getProgramme().getId().equals(programmeId)) {
            cohort = null; // another programme was chosen
        }
        getModel().setFilter(filter());
        PagedModel.rewind(TABLE);
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

    /** The cohort field's suggestions: a few cohorts of the chosen programme (or any) whose name holds the text. */
    public List<Cohort> completeCohort(String text) {
        return cohortPicker.complete(text, programmeId);
    }

    /** The cohort field was emptied: every cohort again. */
    public void cohortCleared() {
        cohort = null;
        applyFilter();
    }

    public EnrolmentStatus[] getStatuses() {
        return EnrolmentStatus.values();
    }

    /** The page asked for in the address (from 1), or null. */
    public Integer getPage() { return page; }
    public void setPage(Integer page) { this.page = page; }

    /** Where the table opens: the first row of the page asked for ({@value #ROWS} rows a page). */
    public int getFirst() {
        return page == null ? 0 : (int) Math.min(Integer.MAX_VALUE - ROWS, (page - 1L) * ROWS);
    }

    public LearnerListModel getModel() {
        if (model == null) {
            model = new LearnerListModel(learners);
            model.setFilter(filter());
        }
        return model;
    }

    private LearnerFilter filter() {
        return new LearnerFilter(text, siteId, programmeId, cohort == null ? null : cohort.getId(), status, esfComplete,
                restricted);
    }

    /** Only the records whose processing is restricted (they are left out otherwise). */
    public boolean isRestricted() { return restricted; }
    public void setRestricted(boolean restricted) { this.restricted = restricted; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public Long getSiteId() { return siteId; }
    public void setSiteId(Long siteId) { this.siteId = siteId; }
    public Long getProgrammeId() { return programmeId; }
    public void setProgrammeId(Long programmeId) { this.programmeId = programmeId; }
    public Cohort getCohort() { return cohort; }
    public void setCohort(Cohort cohort) { this.cohort = cohort; }
    public Boolean getEsfComplete() { return esfComplete; }
    public void setEsfComplete(Boolean esfComplete) { this.esfComplete = esfComplete; }
    public EnrolmentStatus getStatus() { return status; }
    public void setStatus(EnrolmentStatus status) { this.status = status; }
}
