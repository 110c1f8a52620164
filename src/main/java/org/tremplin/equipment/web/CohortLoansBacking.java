package org.tremplin.equipment.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Map;
import org.tremplin.equipment.application.LoanService;
import org.tremplin.programme.web.CohortBacking;

/** The loans part of cohorts/view.xhtml: which members hold an item, and until when. */
@Named
@ViewScoped
public class CohortLoansBacking implements Serializable {

    @Inject
    CohortBacking cohort;

    @Inject
    LoanService loans;

    private Map<Long, LocalDate> held;

    /** Members holding an item: learner id → the earliest due date of their open loans. */
    public Map<Long, LocalDate> getHeld() {
        if (held == null) {
            held = loans.heldInCohort(cohort.getId());
        }
        return held;
    }

    public long getOverdueCount() {
        return getHeld().values().stream().filter(d -> d.isBefore(LocalDate.now())).count();
    }

    public LocalDate getToday() { return LocalDate.now(); }
}
