package org.tremplin.report.application;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import org.tremplin.report.domain.GenderCounts;
import org.tremplin.report.infrastructure.EsfQueries;
import org.tremplin.shared.infrastructure.ReportTable;

/**
 * Reports laid out as tables for the downloads (CSV, .xlsx, PDF), in the reader's language; a masked
 * cell reads "&lt; 5" (the threshold), never a number.
 */
public final class ReportTables {

    private ReportTables() {
    }

    public static ReportTable esf(EsfReport r, ResourceBundle text) {
        List<String> notes = new ArrayList<>();
        notes.add(format(text, "report.period", r.from(), r.to()));
        notes.add(format(text, "report.participation", r.minAttendanceDays()));
        notes.add(format(text, "report.incomplete", r.incomplete(), r.participants(),
                Math.round(r.incompleteShare() * 100)));
        if (r.isIncompleteWarning()) {
            notes.add(text.getString("report.incompleteWarning"));
        }
        if (r.masked()) {
            notes.add(format(text, "report.maskedNote", r.threshold()));
        }
        List<List<Object>> rows = new ArrayList<>();
        String masked = "< " + r.threshold();
        for (EsfReport.Row row : r.rows()) {
            GenderCounts.Disclosed c = row.counts();
            List<Object> cells = new ArrayList<>();
            cells.add(row.indicator().code());
            cells.add(text.getString("esf." + row.indicator().code()));
            cells.add(c.women() == null ? masked : c.women());
            cells.add(c.men() == null ? masked : c.men());
            cells.add(c.nonBinary() == null ? masked : c.nonBinary());
            cells.add(c.total());
            cells.add(row.target());
            rows.add(cells);
        }
        return new ReportTable(format(text, "report.esf.title", r.programme()), notes,
                List.of(text.getString("report.code"), text.getString("report.indicator"), text.getString("report.women"),
                        text.getString("report.men"), text.getString("report.nonBinary"), text.getString("report.total"),
                        text.getString("report.target")), rows);
    }

    /** The people behind a figure: names only (coordinators and admins). */
    public static ReportTable people(String title, List<EsfQueries.Person> people, ResourceBundle text) {
        List<List<Object>> rows = new ArrayList<>();
        for (EsfQueries.Person p : people) {
            rows.add(List.of(p.lastName(), p.firstName(),
                    p.gender() == null ? "" : text.getString("Gender." + p.gender().name())));
        }
        return new ReportTable(title, List.of(format(text, "report.peopleCount", people.size())),
                List.of(text.getString("learner.lastName"), text.getString("learner.firstName"), text.getString("learner.gender")),
                rows);
    }

    static String format(ResourceBundle text, String key, Object... args) {
        return new MessageFormat(text.getString(key), text.getLocale()).format(args);
    }
}
