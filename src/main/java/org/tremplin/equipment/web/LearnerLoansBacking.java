package org.tremplin.equipment.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.tremplin.equipment.application.LoanService;
import org.tremplin.equipment.domain.Loan;
import org.tremplin.identity.application.CurrentUser;
import org.tremplin.learner.web.LearnerFileBacking;

/** The loans tab of the learner file (coordinators and admins): what the person holds or held. */
@Named
@ViewScoped
public class LearnerLoansBacking implements Serializable {

    @Inject
    LearnerFileBacking file;

    @Inject
    LoanService loans;

    @Inject
    CurrentUser user;

    private List<Loan> list;

    public List<Loan> getLoans() {
        if (list == null) {
            list = user.isSeesSensitive() ? loans.ofLearner(file.getId()) : List.of();
        }
        return list;
    }

    public LocalDate getToday() { return LocalDate.now(); }
}
