package org.tremplin.programme.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.tremplin.programme.application.ProgrammeService;
import org.tremplin.programme.domain.Cohort;
import org.tremplin.shared.web.Pages;

/**
 * cohorts/view.xhtml: the cohort itself. Its members (learner), their loans (equipment) and its training
 * figures (training) have beans of their own that read the cohort from this one.
 */
@Named
@ViewScoped
public class CohortBacking implements Serializable {

    @Inject
    ProgrammeService programmes;

    private Long id;
    private Cohort cohort;

    /** View action: a cohort outside the user's sites is "not found". */
    public void load() {
        Pages.load(() -> cohort = programmes.cohort(id));
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Cohort getCohort() { return cohort; }
}
