package org.tremplin.report.web;

import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.omnifaces.util.Messages;
import org.tremplin.identity.application.CurrentUser;
import org.tremplin.programme.domain.Programme;
import org.tremplin.report.application.ReportService;
import org.tremplin.shared.domain.NotFoundException;
import org.tremplin.shared.web.Pages;

/**
 * What the report pages share: the programme and period, taken from the address (so that a report can
 * be bookmarked and sent; {@code o:viewParam}s, an address that cannot be read answers 404), chosen in the
 * filter form, and shown again by a redirect.
 */
public abstract class ReportPage implements Serializable {

    @Inject
    ReportService reports;

    @Inject
    CurrentUser user;

    private Long programmeId;
    private LocalDate from;
    private LocalDate to;
    private List<Programme> programmes;
    /** Funders choose a calendar year, not dates (ReportService.funderYear). */
    private Integer year;

    /** The page's view action: loads the report of the address (a programme not the caller's is 404). */
    public void load() {
        programmes = reports.programmes();
        if (programmes.isEmpty()) {
            return;
        }
        if (programmeId == null) {
            programmeId = programmes.get(0).getId();
        }
        if (from != null && to != null && to.isBefore(from)) {
            Messages.addGlobalError("general.periodOrder");
            return;
        }
        if (user.isFunder()) {
            chosen().ifPresent(p -> year = ReportService.funderYear(p, from, to, LocalDate.now()).from().getYear());
        }
        try {
            read(programmeId, from, to);
        } catch (NotFoundException e) {
            Pages.notFound();
        }
    }

    /** Loads the figures of the programme and period (dates may be null: the programme's own). */
    protected abstract void read(Long programmeId, LocalDate from, LocalDate to);

    /** The page's own address, e.g. "/reports/esf". */
    protected abstract String view();

    public String show() {
        if (user.isFunder() && year != null) {
            from = LocalDate.of(year, 1, 1);
            to = LocalDate.of(year, 12, 31);
        }
        if (from != null && to != null && to.isBefore(from)) {
            Messages.addGlobalError("general.periodOrder");
            return null;
        }
        return view() + "?faces-redirect=true&programme=" + programmeId + (from == null ? "" : "&from=" + from)
                + (to == null ? "" : "&to=" + to);
    }

    /** The report's parameters for its download links. */
    public String getQuery() {
        return "programme=" + programmeId + (from == null ? "" : "&from=" + from) + (to == null ? "" : "&to=" + to);
    }

    /** The calendar years of the chosen programme, for a funder's choice. */
    public List<Integer> getYears() {
        return chosen().map(p -> IntStream.rangeClosed(p.getStartDate().getYear(), p.getEndDate().getYear()).boxed().toList())
                .orElse(List.of());
    }

    /** The programme the page shows, among the caller's. */
    private java.util.Optional<Programme> chosen() {
        return programmes == null ? java.util.Optional.empty()
                : programmes.stream().filter(p -> p.getId().equals(programmeId)).findFirst();
    }

    public boolean isFunder() { return user.isFunder(); }
    public Integer getYear() { return year; }
    public void setYear(Integer year) { this.year = year; }
    public List<Programme> getProgrammes() { return programmes; }
    public Long getProgrammeId() { return programmeId; }
    public void setProgrammeId(Long programmeId) { this.programmeId = programmeId; }
    public LocalDate getFrom() { return from; }
    public void setFrom(LocalDate from) { this.from = from; }
    public LocalDate getTo() { return to; }
    public void setTo(LocalDate to) { this.to = to; }
}
