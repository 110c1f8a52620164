package org.tremplin.equipment.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.tremplin.equipment.application.LoanService;
import org.tremplin.equipment.domain.Loan;
import org.tremplin.equipment.domain.LoanFilter;
import org.tremplin.programme.application.ProgrammeService;
import org.tremplin.programme.domain.Site;
import org.tremplin.shared.web.PagedModel;

/** equipment/loans.xhtml: open loans by due date, overdue ones only with {@code ?overdue=true}. */
@Named
@ViewScoped
public class LoansBacking implements Serializable {

    @Inject
    LoanService loans;

    @Inject
    ProgrammeService programmes;

    private PagedModel<Loan> model;
    private LoanFilter filter = new LoanFilter(null, null, null, true, false);
    private boolean overdue;
    private Long siteId;

    @PostConstruct
    void init() {
        model = new PagedModel<>(() -> loans.count(filter), (first, size) -> loans.page(filter, first, size));
    }

    /** View action, and every filter change. */
    public void applyFilter() {
        filter = new LoanFilter(null, null, siteId, true, overdue);
        PagedModel.rewind("loans:table");
    }

    public LocalDate getToday() { return LocalDate.now(); }
    public List<Site> getSites() { return programmes.sites(); }
    public PagedModel<Loan> getModel() { return model; }
    public boolean isOverdue() { return overdue; }
    public void setOverdue(boolean overdue) { this.overdue = overdue; }
    public Long getSiteId() { return siteId; }
    public void setSiteId(Long siteId) { this.siteId = siteId; }
}
