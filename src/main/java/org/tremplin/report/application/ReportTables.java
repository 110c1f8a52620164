package org.tremplin.report.application;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import org.tremplin.report.domain.GenderCounts;
import org.tremplin.report.domain.Suppression;
import org.tremplin.report.infrastructure.EsfQueries;
import org.tremplin.shared.infrastructure.LongDates;
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
            if (r.rows().stream().anyMatch(row -> row.counts().suppressed().containsValue(Suppression.SECONDARY))) {
                notes.add(format(text, "report.secondaryNote", r.threshold()));
            }
        }
        List<List<Object>> rows = new ArrayList<>();
        for (EsfReport.Row row : r.rows()) {
            GenderCounts.Disclosed c = row.counts();
            List<Object> cells = new ArrayList<>();
            cells.add(row.indicator().code());
            cells.add(text.getString("esf." + row.indicator().code()));
            for (GenderCounts.Cell cell : GenderCounts.Cell.values()) {
                cells.add(c.label(cell, r.threshold()));
            }
            cells.add(row.target());
            rows.add(cells);
        }
        return new ReportTable(format(text, "report.esf.title", r.programme()), notes,
                List.of(text.getString("report.code"), text.getString("report.indicator"), text.getString("report.women"),
                        text.getString("report.men"), text.getString("report.nonBinary"), text.getString("report.notRecorded"),
                        text.getString("report.total"), text.getString("report.target")), rows);
    }

    /** The pathway funnel: people who entered in the period and how far they went. */
    public static ReportTable funnel(ProgrammeDashboard d, ResourceBundle text) {
        var f = d.funnel();
        Long[] values = {f.enrolled(), f.attended(), f.completed(), f.positiveAtExit(), f.employedAtSixMonths()};
        String[] keys = {"funnel.enrolled", "funnel.attended", "funnel.completed", "funnel.positiveAtExit", "funnel.employedAtSixMonths"};
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < keys.length; i++) {
            boolean hidden = values[i] == null || f.enrolled() == null;
            rows.add(List.of(text.getString(keys[i]), values[i] == null ? small(d) : values[i],
                    hidden || f.enrolled() == 0 ? "" : Math.round(100.0 * values[i] / f.enrolled()) + " %"));
        }
        return new ReportTable(format(text, "report.funnel.title", d.programme()), List.of(format(text, "report.period", d.from(), d.to())),
                List.of(text.getString("report.stage"), text.getString("report.people"), text.getString("report.share")), rows);
    }

    /** Each cohort's sessions, hours and attendance; learners masked below the threshold for funders. */
    public static ReportTable cohorts(ProgrammeDashboard d, ResourceBundle text) {
        List<List<Object>> rows = new ArrayList<>();
        for (var c : d.cohorts()) {
            Long learners = d.disclosed(c.learners());
            List<Object> row = new ArrayList<>();
            row.add(c.cohort());
            row.add(learners == null ? "< " + d.threshold() : learners);
            row.add(c.sessions());
            row.add(round(c.hoursDelivered()));
            row.add(c.plannedHours());
            Double rate = d.disclosed(c.attendanceRate(), c.learners());
            Double attended = d.disclosed(c.hoursAttended(), c.learners());
            row.add(rate == null ? null : Math.round(rate * 100));
            row.add(attended == null ? null : round(attended));
            rows.add(row);
        }
        return new ReportTable(format(text, "report.attendance.title", d.programme()), List.of(format(text, "report.period", d.from(), d.to())),
                List.of(text.getString("report.cohort"), text.getString("report.learners"), text.getString("report.sessions"),
                        text.getString("report.hoursDelivered"), text.getString("report.plannedHours"),
                        text.getString("report.attendanceRate"), text.getString("report.hoursAttended")), rows);
    }

    public static ReportTable loans(ProgrammeDashboard d, ResourceBundle text) {
        var l = d.loans();
        List<List<Object>> rows = List.of(
                List.of(text.getString("report.loans.onLoan"), orSmall(l.onLoan(), d)),
                List.of(text.getString("report.loans.overdue"), orSmall(l.overdue(), d)),
                List.of(text.getString("report.loans.lost"), orSmall(l.lost(), d)),
                List.of(text.getString("report.loans.equipped"), orSmall(l.learnersEquipped(), d)),
                List.of(text.getString("report.loans.learners"), orSmall(l.learners(), d)),
                List.of(text.getString("report.loans.equippedShare"), l.equippedShare() == null ? "" : Math.round(l.equippedShare() * 100) + " %"));
        return new ReportTable(format(text, "report.loans.title", d.programme()), List.of(format(text, "report.period", d.from(), d.to())),
                List.of(text.getString("report.figure"), text.getString("report.value")), rows);
    }

    public static ReportTable digComp(ProgrammeDashboard d, ResourceBundle text) {
        List<List<Object>> rows = new ArrayList<>();
        for (var a : d.digComp()) {
            List<Object> row = new ArrayList<>();
            row.add(text.getString("digcomp.area." + a.area()));
            row.add(a.entry() == null ? null : round(a.entry()));
            row.add(orSmall(a.entryCount(), d));
            row.add(a.exit() == null ? null : round(a.exit()));
            row.add(orSmall(a.exitCount(), d));
            rows.add(row);
        }
        return new ReportTable(format(text, "report.digcomp.title", d.programme()), List.of(format(text, "report.period", d.from(), d.to())),
                List.of(text.getString("report.area"), text.getString("report.entryLevel"), text.getString("report.entryCount"),
                        text.getString("report.exitLevel"), text.getString("report.exitCount")), rows);
    }

    /** How a hidden count reads: "< 5". */
    private static String small(ProgrammeDashboard d) {
        return "< " + d.threshold();
    }

    private static Object orSmall(Long count, ProgrammeDashboard d) {
        return count == null ? small(d) : count;
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }

    /**
     * The ESF+ participant file: a row per participant, the columns of {@link EsfQueries#PARTICIPANT_COLUMNS}
     * headed in the reader's language; dates as dd/MM/yyyy (French) or ISO, yes/no, labels for the choices.
     */
    public static ReportTable participants(String programme, LocalDate from, LocalDate to, List<Object[]> rows,
            ResourceBundle text) {
        List<String> headers = EsfQueries.PARTICIPANT_COLUMNS.stream().map(c -> text.getString("participants." + c[0])).toList();
        java.time.format.DateTimeFormatter day = java.time.format.DateTimeFormatter.ofPattern(
                "fr".equals(text.getLocale().getLanguage()) ? "dd/MM/yyyy" : "yyyy-MM-dd");
        List<List<Object>> cells = new ArrayList<>();
        for (Object[] row : rows) {
            List<Object> line = new ArrayList<>();
            for (int i = 0; i < row.length; i++) {
                String key = EsfQueries.PARTICIPANT_COLUMNS.get(i)[0];
                Object v = row[i];
                line.add(v == null ? null
                        : v instanceof java.sql.Date d ? day.format(d.toLocalDate())
                        : v instanceof java.time.LocalDate d ? day.format(d)
                        : v instanceof Boolean b ? text.getString(b ? "general.yes" : "general.no")
                        : v instanceof Number n ? n
                        : switch (key) {
                            case "gender" -> text.getString("Gender." + v);
                            case "labourStatus" -> text.getString("LabourStatus." + v);
                            case "exitReason" -> text.getString("ExitReason." + v);
                            default -> v.toString();
                        });
            }
            cells.add(line);
        }
        return new ReportTable(format(text, "participants.title", programme),
                List.of(format(text, "report.period", from, to), format(text, "participants.count", rows.size())), headers, cells);
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

    /** A text of the bundle; dates among the arguments are written out ("1er mars 2025"), never ISO. */
    static String format(ResourceBundle text, String key, Object... args) {
        Object[] shown = args.clone();
        for (int i = 0; i < shown.length; i++) {
            if (shown[i] instanceof java.time.LocalDate date) {
                shown[i] = LongDates.format(date, text.getLocale());
            }
        }
        return new MessageFormat(text.getString(key), text.getLocale()).format(shown);
    }
}
