package org.tremplin.report.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import org.tremplin.identity.web.Reauthentication;
import org.tremplin.learner.domain.Gender;
import org.tremplin.outcome.domain.EsfIndicator;
import org.tremplin.report.application.ProgrammeDashboard;
import org.tremplin.report.application.ReportService;
import org.tremplin.report.application.ReportTables;
import org.tremplin.shared.domain.ConflictException;
import org.tremplin.shared.domain.NotFoundException;
import org.tremplin.shared.infrastructure.ExportFormat;
import org.tremplin.shared.infrastructure.ReportTable;
import org.tremplin.shared.web.Language;
import org.tremplin.shared.web.Texts;

/**
 * {@code /reports/export?report=esf|funnel|attendance|loans|digcomp|people&format=csv|xlsx|pdf&programme=ID
 * [&from=&to=][&code=&gender=]}: a report as a file, in the user's language. Plain links, so a report can
 * be downloaded again from its address; funders get their masked figures, and never the people list.
 */
@WebServlet("/reports/export")
public class ReportExportServlet extends HttpServlet {

    @Inject
    ReportService reports;

    @Inject
    Language language;

    @Inject
    Reauthentication reauthentication;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ExportFormat format;
        Long programme;
        LocalDate from;
        LocalDate to;
        try {
            format = ExportFormat.valueOf(param(request, "format").toUpperCase(Locale.ROOT));
            programme = Long.valueOf(param(request, "programme"));
            from = date(request.getParameter("from"));
            to = date(request.getParameter("to"));
        } catch (IllegalArgumentException | NullPointerException | DateTimeParseException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        ResourceBundle text = ResourceBundle.getBundle(Texts.BUNDLE, language.localeFor(request));
        String report = String.valueOf(request.getParameter("report"));
        ReportTable table;
        try {
            table = switch (report) {
                case "esf" -> ReportTables.esf(reports.esf(programme, from, to), text);
                case "people" -> people(request, programme, from, to, text);
                case "funnel", "attendance", "loans", "digcomp" -> section(report, reports.dashboard(programme, from, to), text);
                default -> null;
            };
        } catch (NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (ConflictException | IllegalArgumentException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        if (table == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if ("people".equals(report) && !reauthentication.isFresh()) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN); // names in bulk: the password typed again first
            return;
        }
        byte[] bytes = format.write("Tremplin — " + table.title(), table.withLetterhead(reports.letterhead(programme, text.getLocale())));
        response.setContentType(format.contentType());
        response.setHeader("Content-Disposition", "attachment; filename=\"" + report + "-" + programme + "." + format.extension() + "\"");
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    private ReportTable people(HttpServletRequest request, Long programme, LocalDate from, LocalDate to, ResourceBundle text) {
        EsfIndicator indicator = EsfIndicator.byCode(request.getParameter("code")).orElseThrow(IllegalArgumentException::new);
        String g = request.getParameter("gender");
        Optional<Gender> gender = g == null || g.isBlank() ? Optional.empty() : Optional.of(Gender.valueOf(g));
        String title = indicator.code() + " · " + text.getString("esf." + indicator.code())
                + gender.map(x -> " · " + text.getString("Gender." + x.name())).orElse("");
        return ReportTables.people(title, reports.people(programme, from, to, indicator, gender), text);
    }

    private static ReportTable section(String report, ProgrammeDashboard d, ResourceBundle text) {
        return switch (report) {
            case "funnel" -> ReportTables.funnel(d, text);
            case "attendance" -> ReportTables.cohorts(d, text);
            case "loans" -> ReportTables.loans(d, text);
            default -> ReportTables.digComp(d, text);
        };
    }

    private static String param(HttpServletRequest request, String name) {
        String value = request.getParameter(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name);
        }
        return value.strip();
    }

    private static LocalDate date(String value) {
        return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
    }
}
