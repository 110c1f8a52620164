package org.tremplin.equipment.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import org.tremplin.equipment.application.LoanService;
import org.tremplin.equipment.domain.Loan;
import org.tremplin.programme.application.ProgrammeService;
import org.tremplin.programme.domain.Site;
import org.tremplin.shared.domain.Page;
import org.tremplin.shared.web.PlainList;

/**
 * equipment/loans.xhtml: the open loans of the user's sites, the first due first, narrowed by the address
 * ({@link LoanListQuery}: overdue ones only, one site). A page without state, like the learner list: a GET form,
 * plain rows and links, so that "the loans overdue at Roubaix" has an address (the loan reminder e-mail links to
 * the overdue ones).
 */
@Named
@RequestScoped
public class LoansBacking extends PlainList<Loan> {

    @Inject
    LoanService loans;

    @Inject
    ProgrammeService programmes;

    private LoanListQuery query;
    private List<Site> sites;

    @PostConstruct
    void read() {
        read(LoanListQuery.parse(FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap()));
    }

    void read(LoanListQuery query) {
        this.query = query;
    }

    @Override
    protected Page<Loan> search(int first, int size) {
        return loans.search(query.filter(), first, size);
    }

    @Override
    public LoanListQuery getQuery() {
        return query;
    }

    public LocalDate getToday() {
        return LocalDate.now();
    }

    public List<Site> getSites() {
        if (sites == null) {
            sites = programmes.sites();
        }
        return sites;
    }
}
