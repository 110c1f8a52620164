package org.tremplin.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Domain rules that the database constraints alone do not hold, each as a query counting the rows
 * that break it. The generator checks its own output with them before committing.
 */
final class Invariants {

    static final Map<String, String> RULES = new LinkedHashMap<>();

    static {
        RULES.put("an item on loan has exactly one open loan",
                "SELECT COUNT(*) FROM equipment q WHERE q.status = 'ON_LOAN'"
                        + " AND (SELECT COUNT(*) FROM loan o WHERE o.equipment_id = q.id AND o.closure IS NULL) <> 1");
        RULES.put("an open loan's item is on loan",
                "SELECT COUNT(*) FROM loan o JOIN equipment q ON q.id = o.equipment_id"
                        + " WHERE o.closure IS NULL AND q.status <> 'ON_LOAN'");
        RULES.put("loans of one item do not overlap",
                "SELECT COUNT(*) FROM loan a JOIN loan b ON a.equipment_id = b.equipment_id AND a.id < b.id"
                        + " WHERE b.out_date < COALESCE(a.returned_date, DATE '9999-12-31')"
                        + " AND a.out_date < COALESCE(b.returned_date, DATE '9999-12-31')");
        RULES.put("a lost item's last loan was lost",
                "SELECT COUNT(*) FROM equipment q WHERE q.status = 'LOST' AND NOT EXISTS (SELECT 1 FROM loan o"
                        + " WHERE o.equipment_id = q.id AND o.closure = 'LOST')");
        RULES.put("attendance only while enrolled in the session's cohort",
                "SELECT COUNT(*) FROM attendance a JOIN training_session s ON s.id = a.session_id"
                        + " WHERE NOT EXISTS (SELECT 1 FROM enrolment e WHERE e.learner_id = a.learner_id"
                        + " AND e.cohort_id = s.cohort_id AND e.entry_date <= s.session_date"
                        + " AND (e.exit_date IS NULL OR e.exit_date >= s.session_date))");
        RULES.put("attendance only for sessions held and taken",
                "SELECT COUNT(*) FROM attendance a JOIN training_session s ON s.id = a.session_id"
                        + " WHERE s.cancelled_at IS NOT NULL OR s.attendance_taken_at IS NULL");
        RULES.put("present and late count the session's minutes, others none",
                "SELECT COUNT(*) FROM attendance a JOIN training_session s ON s.id = a.session_id"
                        + " WHERE a.minutes <> CASE WHEN a.status IN ('PRESENT', 'LATE') THEN s.minutes ELSE 0 END");
        RULES.put("an enrolment lies within its cohort",
                "SELECT COUNT(*) FROM enrolment e JOIN cohort c ON c.id = e.cohort_id"
                        + " WHERE e.entry_date < c.start_date OR e.entry_date > c.end_date OR e.exit_date > c.end_date");
        RULES.put("a person's enrolments do not overlap",
                "SELECT COUNT(*) FROM enrolment a JOIN enrolment b ON a.learner_id = b.learner_id AND a.id < b.id"
                        + " WHERE b.entry_date <= COALESCE(a.exit_date, DATE '9999-12-31')"
                        + " AND a.entry_date <= COALESCE(b.exit_date, DATE '9999-12-31')");
        RULES.put("an exit has a reason, an open enrolment none",
                "SELECT COUNT(*) FROM enrolment WHERE (exit_date IS NULL) <> (exit_reason IS NULL)");
        RULES.put("outcomes only after an exit, and at most one per timing",
                "SELECT COUNT(*) FROM outcome o JOIN enrolment e ON e.id = o.enrolment_id"
                        + " WHERE e.exit_date IS NULL OR o.observed_on < e.exit_date OR o.learner_id <> e.learner_id");
        RULES.put("the unemployed since a date are unemployed",
                "SELECT COUNT(*) FROM learner WHERE unemployed_since IS NOT NULL AND labour_status <> 'UNEMPLOYED'");
        RULES.put("a learner's site is that of a cohort of theirs",
                "SELECT COUNT(*) FROM learner l WHERE NOT EXISTS (SELECT 1 FROM enrolment e JOIN cohort c"
                        + " ON c.id = e.cohort_id WHERE e.learner_id = l.id AND c.site_id = l.site_id)");
    }

    private Invariants() {
    }

    /** The rules broken, with the number of rows breaking each; empty when all hold. */
    static Map<String, Long> broken(Connection c) throws SQLException {
        Map<String, Long> broken = new LinkedHashMap<>();
        try (Statement s = c.createStatement()) {
            for (Map.Entry<String, String> rule : RULES.entrySet()) {
                try (ResultSet r = s.executeQuery(rule.getValue())) {
                    r.next();
                    if (r.getLong(1) > 0) {
                        broken.put(rule.getKey(), r.getLong(1));
                    }
                }
            }
        }
        return broken;
    }
}
