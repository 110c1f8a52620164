package org.tremplin.report.web;

import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.stream.IntStream;
import org.tremplin.identity.application.CurrentUser;
import org.tremplin.programme.domain.Programme;
import org.tremplin.report.application.ReportService;
import org.tremplin.shared.domain.NotFoundException;
import org.tremplin.shared.web.Messages;
import org.tremplin.shared.web.Pages;

/**
 * What the report pages share: the programme and period, taken from the address (so that a report can
 * be bookmarked and sent), chosen in the filter form, and shown again by a redirect.
 */
public abstract class ReportPage implements Serializable {

    @Inject
    ReportService reports;

    @Inject
    CurrentUser user;

    private String programmeParam;
    private String fromParam;
    private String toParam;
    private Long programmeId;
    private LocalDate from;
    private LocalDate to;
    private List<Programme> programmes;
    /** Funders choose a calendar year, not dates (ReportService.funderYear). */
    private Integer year;

    /** The page's view action: reads the address, then loads the report (a programme not the caller's is 404). */
    public void load() {
        programmes = reports.programmes();
        if (programmes.isEmpty()) {
            return;
        }
        try {
            programmeId = programmeParam == null || programmeParam.isBlank() ? programmes.get(0).getId() : Long.valueOf(programmeParam);
            from = fromParam == null || fromParam.isBlank() ? null : LocalDate.parse(fromParam);
            to = toParam == null || toParam.isBlank() ? null : LocalDate.parse(toParam);
        } catch (NumberFormatException | DateTimeParseException e) {
            Pages.notFound();
            return;
        }
        if (from != null && to != null && to.isBefore(from)) {
            Messages.error("general.periodOrder");
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
            Messages.error("general.periodOrder");
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
    public String getProgrammeParam() { return programmeParam; }
    public void setProgrammeParam(String programmeParam) { this.programmeParam = programmeParam; }
    public String getFromParam() { return fromParam; }
    public void setFromParam(String fromParam) { this.fromParam = fromParam; }
    public String getToParam() { return toParam; }
    public void setToParam(String toParam) { this.toParam = toParam; }
    public Long getProgrammeId() { return programmeId; }
    public void setProgrammeId(Long programmeId) { this.programmeId = programmeId; }
    public LocalDate getFrom() { return from; }
    public void setFrom(LocalDate from) { this.from = from; }
    public LocalDate getTo() { return to; }
    public void setTo(LocalDate to) { this.to = to; }
}
