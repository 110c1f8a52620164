package org.tremplin.report.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.tremplin.audit.application.Audited;
import org.tremplin.identity.application.CurrentUser;
import org.tremplin.learner.domain.Gender;
import org.tremplin.outcome.domain.EsfIndicator;
import org.tremplin.programme.application.ProgrammeService;
import org.tremplin.programme.domain.Programme;
import org.tremplin.report.domain.GenderCounts;
import org.tremplin.report.infrastructure.EsfQueries;
import org.tremplin.report.infrastructure.ProgrammeQueries;
import org.tremplin.shared.domain.InvalidValueException;
import org.tremplin.shared.domain.NotFoundException;
import org.tremplin.shared.infrastructure.PdfWriter;

/**
 * The funders' and coordinators' reports. Funders read only the programmes they fund, in counts with
 * small cells masked; coordinators read the cohorts of their sites and may open the people behind a
 * figure; admins read everything.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
@Audited
public class ReportService {

    /** Cells below this many people are masked for funders (default 5). */
    public static final String THRESHOLD = "TREMPLIN_SMALL_COUNT_THRESHOLD";

    @Inject
    EsfQueries queries;

    @Inject
    ProgrammeQueries dashboards;

    @Inject
    ProgrammeService programmes;

    @Inject
    CurrentUser user;

    @Inject
    Config config;

    /** The programmes the caller may report on. */
    public List<Programme> programmes() {
        List<Programme> all = programmes.programmes();
        if (!user.isFunder()) {
            return all;
        }
        List<Long> funded = user.fundedProgrammeIds();
        return all.stream().filter(p -> funded.contains(p.getId())).toList();
    }

    /** A programme the caller may report on; another one is not found (no existence leak to funders). */
    public Programme programme(Long id) {
        if (id == null || user.isFunder() && !user.fundedProgrammeIds().contains(id)) {
            throw new NotFoundException("Programme", id);
        }
        return programmes.programme(id);
    }

    /** The letterhead of a programme's papers: the EU emblem and statement when co-funded, its funder line. */
    public PdfWriter.Letterhead letterhead(Long programmeId, java.util.Locale locale) {
        Programme p = programme(programmeId);
        return PdfWriter.Letterhead.of(p.getName(), p.getFunder(), p.isEuCofunded(), locale);
    }

    /** The smallest count a funder is shown ({@value #THRESHOLD}, default 5). */
    public int threshold() {
        return Math.max(1, config.getOptionalValue(THRESHOLD, Integer.class).orElse(5));
    }

    /** The ESF+ report; without dates, the programme's whole period. */
    public EsfReport esf(Long programmeId, LocalDate from, LocalDate to) {
        Programme p = programme(programmeId);
        EsfQueries.Scope scope = scope(p, from, to);
        EsfQueries.Figures figures = queries.figures(scope);
        boolean masked = user.isFunder();
        int threshold = threshold();
        List<EsfReport.Row> rows = new ArrayList<>();
        for (EsfIndicator indicator : EsfIndicator.values()) {
            GenderCounts counts = figures.indicators().get(indicator);
            rows.add(new EsfReport.Row(indicator, masked ? counts.disclosed(threshold) : counts.disclosed(),
                    p.targetFor(indicator.code()).orElse(null)));
        }
        return new EsfReport(p.getId(), p.getName(), scope.from(), scope.to(), p.getMinAttendanceDays(),
                figures.indicators().get(EsfIndicator.EECO01).total(), figures.incomplete().total(), masked, threshold, rows);
    }

    /** The programme's dashboards for a period (its whole period without dates). */
    public ProgrammeDashboard dashboard(Long programmeId, LocalDate from, LocalDate to) {
        Programme p = programme(programmeId);
        EsfQueries.Scope scope = scope(p, from, to);
        ProgrammeDashboard d = new ProgrammeDashboard(p.getId(), p.getName(), scope.from(), scope.to(),
                user.isFunder() ? threshold() : 0, dashboards.funnel(scope), dashboards.cohorts(scope),
                dashboards.loans(scope, LocalDate.now()), dashboards.digComp(scope));
        return user.isFunder() ? d.masked() : d;
    }

    /** The people counted in one figure; never for funders. */
    public List<EsfQueries.Person> people(Long programmeId, LocalDate from, LocalDate to, EsfIndicator indicator,
            Optional<Gender> gender) {
        if (user.isFunder()) {
            throw new NotFoundException("Programme", programmeId);
        }
        return queries.people(scope(programme(programmeId), from, to), indicator, gender);
    }

    /** The ESF+ participant file of a programme and period (coordinators of their sites, admins; never funders). */
    public List<Object[]> participants(Long programmeId, LocalDate from, LocalDate to) {
        if (user.isFunder()) {
            throw new NotFoundException("Programme", programmeId);
        }
        return queries.participantFile(scope(programme(programmeId), from, to));
    }

    /** Sets the programme's targets (admins): code → number of people, null removes. */
    @Transactional
    public Programme setTargets(Long programmeId, Map<EsfIndicator, Integer> targets) {
        Programme p = programmes.programme(programmeId);
        targets.forEach((indicator, target) -> p.setTarget(indicator.code(), target));
        return programmes.save(p);
    }

    /**
     * A funder reads one calendar year at a time (docs/reports.md, "Small numbers"): the year of the date given
     * (from, else to), by default the current one, within the programme's period. Years do not overlap, so
     * that no two periods a funder can ask for differ by a few people that a masked cell would hide.
     */
    public static Period funderYear(Programme p, LocalDate from, LocalDate to, LocalDate today) {
        LocalDate day = from != null ? from : to != null ? to : today;
        if (day.isBefore(p.getStartDate())) {
            day = p.getStartDate();
        } else if (day.isAfter(p.getEndDate())) {
            day = p.getEndDate();
        }
        LocalDate start = day.withDayOfYear(1);
        LocalDate end = day.withMonth(12).withDayOfMonth(31);
        return new Period(start.isBefore(p.getStartDate()) ? p.getStartDate() : start,
                end.isAfter(p.getEndDate()) ? p.getEndDate() : end);
    }

    /** A report's period. */
    public record Period(LocalDate from, LocalDate to) {
    }

    private EsfQueries.Scope scope(Programme p, LocalDate from, LocalDate to) {
        if (user.isFunder()) {
            Period year = funderYear(p, from, to, LocalDate.now());
            from = year.from();
            to = year.to();
        }
        LocalDate start = from == null ? p.getStartDate() : from;
        LocalDate end = to == null ? p.getEndDate() : to;
        if (end.isBefore(start)) {
            throw new InvalidValueException("to", "The end of the period is before its start.");
        }
        return new EsfQueries.Scope(p.getId(), start, end, p.getMinAttendanceDays(),
                user.isFunder() ? Optional.empty() : user.siteScope());
    }
}
