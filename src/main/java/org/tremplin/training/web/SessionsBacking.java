package org.tremplin.training.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.tremplin.programme.domain.Cohort;
import org.tremplin.programme.web.CohortPicker;
import org.tremplin.shared.web.PagedModel;
import org.tremplin.training.application.SessionService;
import org.tremplin.training.domain.SessionFilter;
import org.tremplin.training.domain.TrainingSession;

/** training/sessions.xhtml: the sessions of the caller's sites (a trainer: their own), by date. */
@Named
@ViewScoped
public class SessionsBacking implements Serializable {

    @Inject
    SessionService sessions;

    @Inject
    CohortPicker cohortPicker;

    private PagedModel<TrainingSession> model;
    private SessionFilter filter;
    private Cohort cohort;
    private LocalDate from = LocalDate.now().minusWeeks(1);
    private LocalDate to;

    @PostConstruct
    void init() {
        filter = new SessionFilter(null, null, from, null, true);
        model = new PagedModel<>(() -> sessions.count(filter), (first, size) -> sessions.page(filter, first, size));
    }

    public void applyFilter() {
        filter = new SessionFilter(cohort == null ? null : cohort.getId(), null, from, to, true);
        PagedModel.rewind("sessions:table");
    }

    /** A few cohorts whose name holds the text, newest first (a region runs thousands). */
    public List<Cohort> completeCohort(String text) {
        return cohortPicker.complete(text, null);
    }

    /** The cohort field was emptied: the sessions of every cohort again. */
    public void cohortCleared() {
        cohort = null;
        applyFilter();
    }

    public PagedModel<TrainingSession> getModel() { return model; }
    public LocalDate getToday() { return LocalDate.now(); }
    public Cohort getCohort() { return cohort; }
    public void setCohort(Cohort cohort) { this.cohort = cohort; }
    public LocalDate getFrom() { return from; }
    public void setFrom(LocalDate from) { this.from = from; }
    public LocalDate getTo() { return to; }
    public void setTo(LocalDate to) { this.to = to; }
}
