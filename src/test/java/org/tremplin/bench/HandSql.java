package org.tremplin.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The ESF+ indicators written by hand in plain SQL, the benchmark's baseline for the report: the same
 * rules as docs/reports.md (a person's first entry and last exit in the programme, the participation
 * rule, outcomes of the last exit), as one would write them at a psql prompt, with the participation
 * rule as one grouped pass over the attendance.
 */
final class HandSql {

    private HandSql() {
    }

    /** Indicator code → {women, men, non-binary, total}. */
    static Map<String, long[]> figures(Connection c, long programme, LocalDate from, LocalDate to, int minDays)
            throws SQLException {
        String period = "DATE '" + from + "' AND DATE '" + to + "'";
        String entered = "p.first_entry BETWEEN " + period;
        String left = "p.still_in = 0 AND p.last_exit BETWEEN " + period;
        String known = "(l.birth_date IS NOT NULL OR p.entry_age IS NOT NULL)";
        Map<String, String> cells = new LinkedHashMap<>();
        cells.put("EECO01", entered);
        cells.put("EECO02", entered + " AND l.labour_status = 'UNEMPLOYED'");
        cells.put("EECO03", entered + " AND l.labour_status = 'UNEMPLOYED' AND l.unemployed_since IS NOT NULL AND (("
                + known + " AND " + below(25) + " AND l.unemployed_since + INTERVAL '6' MONTH < p.first_entry) OR ((NOT "
                + known + " OR NOT " + below(25) + ") AND l.unemployed_since + INTERVAL '12' MONTH < p.first_entry))");
        cells.put("EECO04", entered + " AND l.labour_status = 'INACTIVE'");
        cells.put("EECO05", entered + " AND l.labour_status = 'EMPLOYED'");
        cells.put("EECO06", entered + " AND " + known + " AND " + below(18));
        cells.put("EECO07", entered + " AND " + known + " AND NOT " + below(18) + " AND " + below(30));
        cells.put("EECO08", entered + " AND " + known + " AND NOT " + below(55));
        cells.put("EECO09", entered + " AND l.isced_level BETWEEN 0 AND 2");
        cells.put("EECO10", entered + " AND l.isced_level BETWEEN 3 AND 4");
        cells.put("EECO11", entered + " AND l.isced_level BETWEEN 5 AND 8");
        cells.put("EECO12", entered + " AND l.disability");
        cells.put("EECO13", entered + " AND l.third_country_national");
        cells.put("EECO14", entered + " AND l.foreign_background");
        cells.put("EECO15", entered + " AND l.minority");
        cells.put("EECO16", entered + " AND l.homeless");
        cells.put("EECO17", entered + " AND l.rural_area");
        for (int i = 1; i <= 6; i++) {
            cells.put("EECR0" + i, left + " AND r.r" + i + " = 1");
        }
        StringBuilder sql = new StringBuilder("""
                WITH person AS (
                  SELECT e.learner_id, MIN(e.entry_date) AS first_entry, MIN(e.age_at_entry) AS entry_age,
                         MAX(e.exit_date) AS last_exit, COUNT(*) - COUNT(e.exit_date) AS still_in
                  FROM enrolment e JOIN cohort c ON c.id = e.cohort_id
                  WHERE c.programme_id = %1$d GROUP BY e.learner_id),
                participant AS (
                  SELECT a.learner_id FROM attendance a JOIN training_session s ON s.id = a.session_id
                  JOIN cohort c ON c.id = s.cohort_id
                  WHERE c.programme_id = %1$d AND a.status IN ('PRESENT', 'LATE') AND s.cancelled_at IS NULL
                    AND s.session_date <= DATE '%2$s'
                  GROUP BY a.learner_id HAVING COUNT(DISTINCT s.session_date) >= %3$d),
                result AS (
                  SELECT p.learner_id,
                    MAX(CASE WHEN o.timing = 'AT_EXIT' AND o.job_searching THEN 1 ELSE 0 END) AS r1,
                    MAX(CASE WHEN o.timing = 'AT_EXIT' AND o.in_education THEN 1 ELSE 0 END) AS r2,
                    MAX(CASE WHEN o.timing = 'AT_EXIT' AND o.gained_qualification THEN 1 ELSE 0 END) AS r3,
                    MAX(CASE WHEN o.timing = 'AT_EXIT' AND o.employed THEN 1 ELSE 0 END) AS r4,
                    MAX(CASE WHEN o.timing = 'SIX_MONTHS' AND o.employed THEN 1 ELSE 0 END) AS r5,
                    MAX(CASE WHEN o.timing = 'SIX_MONTHS' AND o.better_situation THEN 1 ELSE 0 END) AS r6
                  FROM person p JOIN enrolment e ON e.learner_id = p.learner_id AND e.exit_date = p.last_exit
                  JOIN cohort c ON c.id = e.cohort_id AND c.programme_id = %1$d
                  JOIN outcome o ON o.enrolment_id = e.id
                  GROUP BY p.learner_id)
                SELECT l.gender""".formatted(programme, to, minDays));
        for (String cell : cells.values()) {
            sql.append(",\n  SUM(CASE WHEN ").append(cell).append(" THEN 1 ELSE 0 END)");
        }
        sql.append("""

                FROM person p JOIN participant t ON t.learner_id = p.learner_id JOIN learner l ON l.id = p.learner_id
                LEFT JOIN result r ON r.learner_id = p.learner_id
                GROUP BY l.gender""");
        Map<String, long[]> figures = new TreeMap<>();
        cells.keySet().forEach(code -> figures.put(code, new long[4]));
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql.toString())) {
            while (r.next()) {
                String gender = r.getString(1);
                int column = gender == null ? -1 : switch (gender) {
                    case "WOMAN" -> 0;
                    case "MAN" -> 1;
                    default -> 2;
                };
                int i = 2;
                for (String code : cells.keySet()) {
                    long n = r.getLong(i++);
                    if (column >= 0) {
                        figures.get(code)[column] += n;
                    }
                    figures.get(code)[3] += n;
                }
            }
        }
        return figures;
    }

    /** Age at the first entry under {@code years}: from the birth date, or the age kept when anonymised. */
    private static String below(int years) {
        return "(CASE WHEN l.birth_date IS NULL THEN p.entry_age < " + years
                + " ELSE l.birth_date + INTERVAL '" + years + "' YEAR > p.first_entry END)";
    }
}
