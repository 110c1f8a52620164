package org.tremplin.report.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import org.tremplin.identity.domain.Role;
import org.tremplin.learner.domain.Gender;
import org.tremplin.report.application.EsfReport;
import org.tremplin.report.application.ReportService;
import org.tremplin.report.application.ReportTables;
import org.tremplin.outcome.domain.EsfIndicator;
import org.tremplin.report.infrastructure.EsfQueries;
import org.tremplin.shared.infrastructure.ExportFormat;
import org.tremplin.shared.infrastructure.ReportTable;
import org.tremplin.shared.rest.Inputs;

/**
 * The ESF+ indicator report as JSON, or as a file (CSV, .xlsx, PDF) by the {@code Accept} header;
 * labels in English unless the client prefers French. Funders read their programmes with small cells
 * masked; the people behind a figure are for coordinators and admins.
 */
@Path("reports")
@RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME, Role.FUNDER_NAME})
public class ReportResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    ReportService reports;

    @Context
    HttpHeaders headers;

    @GET
    @Path("esf")
    @Produces(MediaType.APPLICATION_JSON)
    public EsfReportJson esf(@QueryParam("programme") String programme, @QueryParam("from") String from,
            @QueryParam("to") String to) {
        return EsfReportJson.of(report(programme, from, to), bundle());
    }

    /** The report as a file: CSV, .xlsx or PDF, whichever the {@code Accept} header prefers. */
    @GET
    @Path("esf")
    @Produces({"text/csv", XLSX, "application/pdf"})
    public Response esfFile(@QueryParam("programme") String programme, @QueryParam("from") String from,
            @QueryParam("to") String to) {
        ReportTable table = esfTable(programme, from, to);
        return file(format(), table.withLetterhead(reports.letterhead(Long.valueOf(programme.strip()), bundle().getLocale())), "esf");
    }

    /** The programme's dashboards: pathway funnel, attendance and hours per cohort, equipment, DigComp. */
    @GET
    @Path("dashboard")
    @Produces(MediaType.APPLICATION_JSON)
    public DashboardJson dashboard(@QueryParam("programme") String programme, @QueryParam("from") String from,
            @QueryParam("to") String to) {
        Inputs in = new Inputs();
        Period p = period(in, programme, from, to);
        in.check();
        return DashboardJson.of(reports.dashboard(p.programme(), p.from(), p.to()));
    }

    /** The people counted in one figure: {@code code} (EECO01…EECR06), optionally {@code gender}. */
    @GET
    @Path("esf/people")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME})
    public List<EsfQueries.Person> people(@QueryParam("programme") String programme, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("code") String code, @QueryParam("gender") String gender) {
        return peopleOf(programme, from, to, code, gender);
    }

    /**
     * The ESF+ participant file: a row per participant who entered or left in the period, with what the ESF+
     * participant rules ask for (identity, contact, entry and the situation at entry, exit, situation at exit,
     * six-month result), to key or import into the ESF+ portal. Coordinators (their sites) and admins; the
     * download is an audited export.
     */
    @GET
    @Path("esf/participants")
    @Produces({"text/csv", XLSX})
    @RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME})
    public Response participantFile(@QueryParam("programme") String programme, @QueryParam("from") String from,
            @QueryParam("to") String to) {
        Inputs in = new Inputs();
        Period p = period(in, programme, from, to);
        in.check();
        var programmeRecord = reports.programme(p.programme());
        LocalDate start = p.from() == null ? programmeRecord.getStartDate() : p.from();
        LocalDate end = p.to() == null ? programmeRecord.getEndDate() : p.to();
        ReportTable table = ReportTables.participants(programmeRecord.getName(), start, end,
                reports.participants(p.programme(), p.from(), p.to()), bundle());
        return file(format(), table, "participants");
    }

    /** The same list as a CSV or .xlsx file (cells that a spreadsheet would run as formulas are neutralised). */
    @GET
    @Path("esf/people")
    @Produces({"text/csv", XLSX})
    @RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME})
    public Response peopleFile(@QueryParam("programme") String programme, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("code") String code, @QueryParam("gender") String gender) {
        List<EsfQueries.Person> people = peopleOf(programme, from, to, code, gender);
        return file(format(), ReportTables.people(code.toUpperCase(Locale.ROOT), people, bundle()), "people");
    }

    private List<EsfQueries.Person> peopleOf(String programme, String from, String to, String code, String gender) {
        Inputs in = new Inputs();
        Period p = period(in, programme, from, to);
        EsfIndicator indicator = in.required("code", code == null ? null : EsfIndicator.byCode(code).orElseGet(() -> {
            in.add("code", "unknown indicator \"" + code + "\": use EECO01 to EECO17 or EECR01 to EECR06");
            return null;
        }));
        Gender g = in.choice("gender", gender, Gender.class);
        in.check();
        return reports.people(p.programme(), p.from(), p.to(), indicator, Optional.ofNullable(g));
    }

    /** Sets targets: {@code {"EECO01": 120, "EECR04": 30}}; null removes one. Returns the report. */
    @PUT
    @Path("esf/targets")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ADMIN_NAME)
    public EsfReportJson targets(@QueryParam("programme") String programme, Map<String, Object> body) {
        Inputs in = new Inputs();
        Long id = programmeId(in, programme);
        Inputs.body(body);
        if (body.isEmpty()) {
            in.add("body", "give at least one target, e.g. {\"EECO01\": 120}");
        }
        Map<EsfIndicator, Integer> targets = new EnumMap<>(EsfIndicator.class);
        body.forEach((code, value) -> {
            Optional<EsfIndicator> indicator = EsfIndicator.byCode(code);
            if (indicator.isEmpty()) {
                in.add(code, "unknown indicator: use EECO01 to EECO17 or EECR01 to EECR06");
            } else if (value == null) {
                targets.put(indicator.get(), null);
            } else if (value instanceof BigDecimal n && n.signum() >= 0 && n.stripTrailingZeros().scale() <= 0
                    && n.compareTo(BigDecimal.valueOf(1_000_000)) <= 0) {
                targets.put(indicator.get(), n.intValueExact());
            } else {
                in.add(code, "must be a whole number of people from 0 to 1000000, got " + value);
            }
        });
        in.check();
        reports.setTargets(id, targets);
        return EsfReportJson.of(reports.esf(id, null, null), bundle());
    }

    private EsfReport report(String programme, String from, String to) {
        Inputs in = new Inputs();
        Period p = period(in, programme, from, to);
        in.check();
        return reports.esf(p.programme(), p.from(), p.to());
    }

    private ReportTable esfTable(String programme, String from, String to) {
        return ReportTables.esf(report(programme, from, to), bundle());
    }

    private static Long programmeId(Inputs in, String programme) {
        if (programme == null || programme.isBlank()) {
            in.add("programme", "give the programme's id, e.g. ?programme=12");
            return null;
        }
        try {
            return Long.parseLong(programme.strip());
        } catch (NumberFormatException e) {
            in.add("programme", "must be a programme id (a number), got \"" + Inputs.shorten(programme) + "\"");
            return null;
        }
    }

    /** A report's programme and period as asked for (dates may be null: the programme's own). */
    private record Period(Long programme, LocalDate from, LocalDate to) {
    }

    private static Period period(Inputs in, String programme, String from, String to) {
        Long id = programmeId(in, programme);
        LocalDate start = in.date("from", from);
        LocalDate end = in.date("to", to);
        if (start != null && end != null && end.isBefore(start)) {
            in.add("to", "the end of the period is before its start");
        }
        return new Period(id, start, end);
    }

    private ResourceBundle bundle() {
        Locale locale = headers.getAcceptableLanguages().stream()
                .filter(l -> "fr".equals(l.getLanguage()) || "en".equals(l.getLanguage())).findFirst().orElse(Locale.ENGLISH);
        return ResourceBundle.getBundle("org.tremplin.i18n.messages", "fr".equals(locale.getLanguage()) ? Locale.FRENCH : Locale.ENGLISH);
    }

    /** The first file format the client accepts (JAX-RS has already checked that one is offered). */
    private ExportFormat format() {
        for (var type : headers.getAcceptableMediaTypes()) {
            for (ExportFormat f : ExportFormat.values()) {
                if (type.isCompatible(MediaType.valueOf(f.contentType()))) {
                    return f;
                }
            }
        }
        return ExportFormat.CSV;
    }

    private static Response file(ExportFormat format, ReportTable table, String name) {
        return Response.ok(format.write("Tremplin", table), format.contentType())
                .header("Content-Disposition", "attachment; filename=\"" + name + "." + format.extension() + "\"")
                .header("Cache-Control", "no-store").build();
    }
}
