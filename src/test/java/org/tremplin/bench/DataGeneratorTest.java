package org.tremplin.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tremplin.training.infrastructure.AbsenceStreaks;

/** The synthetic data generator on an in-memory H2 database at a small scale. */
class DataGeneratorTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 29);
    static JdbcDataSource db;
    static Map<String, Long> counts;

    @BeforeAll
    static void generate() throws SQLException {
        db = new JdbcDataSource();
        db.setURL("jdbc:h2:mem:generator;DB_CLOSE_DELAY=-1");
        counts = DataGenerator.generate(db, 0.05, 7, TODAY);
        System.out.println("generated at scale 0.05: " + counts);
    }

    private static long count(String sql) throws SQLException {
        try (Connection c = db.getConnection(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    @Test
    void theVolumesFollowTheScale() throws SQLException {
        assertEquals(500, count("SELECT COUNT(*) FROM learner"));
        long attendance = count("SELECT COUNT(*) FROM attendance");
        assertTrue(attendance > 8_500 && attendance < 11_500, "about 10,000 attendance rows: " + attendance);
        long loans = count("SELECT COUNT(*) FROM loan");
        assertTrue(loans > 120 && loans < 180, "about 150 loans: " + loans);
        assertEquals(counts.get("attendance"), attendance);
    }

    @Test
    void everyDomainRuleHolds() throws SQLException {
        try (Connection c = db.getConnection()) {
            assertEquals(Map.of(), Invariants.broken(c));
        }
    }

    @Test
    void theDataHasEveryStateTheScreensShow() throws SQLException {
        for (String status : new String[] {"ENROLLED", "ACTIVE", "COMPLETED", "POSITIVE_EXIT", "DROPPED_OUT"}) {
            assertTrue(count("SELECT COUNT(*) FROM enrolment WHERE status = '" + status + "'") > 0, status);
        }
        for (String status : new String[] {"ON_LOAN", "AVAILABLE"}) {
            assertTrue(count("SELECT COUNT(*) FROM equipment WHERE status = '" + status + "'") > 0, status);
        }
        assertTrue(count("SELECT COUNT(*) FROM loan WHERE closure IS NULL AND due_date < DATE '2026-11-29'") > 0, "overdue");
        assertTrue(count("SELECT COUNT(*) FROM outcome WHERE timing = 'SIX_MONTHS'") > 0);
        assertTrue(count("SELECT COUNT(*) FROM learner WHERE birth_date IS NULL") > 0, "incomplete ESF+ records too");
    }

    @Test
    void theAppsSequenceContinuesAboveTheGeneratedIds() throws SQLException {
        long max = count("SELECT MAX(id) FROM attendance a JOIN learner l ON l.id = a.learner_id");
        assertTrue(count("SELECT NEXT VALUE FOR tremplin_seq") > max);
        assertTrue(count("SELECT NEXT VALUE FOR tremplin_seq") > count("SELECT MAX(id) FROM outcome"));
    }

    /**
     * The participation dates (training's Participations.COMPUTE, filled after the generation) against the
     * rule counted here in Java from the attendance rows: the programme's min_attendance_days-th different
     * day present or late at a session not cancelled.
     */
    @Test
    void theParticipationDatesAreTheDayTheRuleIsMetCountedFromTheAttendance() throws SQLException {
        Map<String, TreeSet<LocalDate>> days = new HashMap<>();
        Map<String, Integer> rule = new HashMap<>();
        Map<String, LocalDate> expected = new TreeMap<>();
        Map<String, LocalDate> kept = new TreeMap<>();
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            try (ResultSet r = s.executeQuery("SELECT c.programme_id, a.learner_id, s.session_date, a.status, s.cancelled_at,"
                    + " p.min_attendance_days FROM attendance a JOIN training_session s ON s.id = a.session_id"
                    + " JOIN cohort c ON c.id = s.cohort_id JOIN programme p ON p.id = c.programme_id")) {
                while (r.next()) {
                    String key = r.getLong(1) + "/" + r.getLong(2);
                    rule.put(key, r.getInt(6));
                    TreeSet<LocalDate> present = days.computeIfAbsent(key, k -> new TreeSet<>());
                    if (Set.of("PRESENT", "LATE").contains(r.getString(4)) && r.getTimestamp(5) == null) {
                        present.add(r.getDate(3).toLocalDate());
                    }
                }
            }
            days.forEach((key, present) -> {
                if (present.size() >= rule.get(key)) {
                    expected.put(key, present.stream().skip(rule.get(key) - 1).findFirst().orElseThrow());
                }
            });
            try (ResultSet r = s.executeQuery("SELECT programme_id, learner_id, participation_date FROM participation")) {
                while (r.next()) {
                    kept.put(r.getLong(1) + "/" + r.getLong(2), r.getDate(3).toLocalDate());
                }
            }
        }
        assertTrue(expected.size() > 100 && expected.size() < days.size(),
                "some people met the rule, others not: " + expected.size() + " of " + days.size());
        List<String> wrong = expected.keySet().stream().filter(k -> !expected.get(k).equals(kept.get(k)))
                .map(k -> k + ": " + expected.get(k) + " counted, " + kept.get(k) + " kept").limit(5).toList();
        assertEquals(List.of(), wrong, "programme/learner: the day the rule is met");
        assertEquals(expected.keySet(), kept.keySet(), "the same people");
        assertEquals(counts.get("participations"), (long) kept.size());
    }

    /**
     * The absentees read from the kept absences in a row (training's AbsenceStreaks) against the query the
     * dashboard ran before: the last three marks of each open enrolment, numbered, all absences. The
     * generated marks rarely run to three absences: the latest marks of some open enrolments are made
     * absences first (3, and 2 then a presence), in a transaction rolled back.
     */
    @Test
    void theKeptAbsencesInARowGiveTheAbsenteesOfNumberingTheLastMarks() throws SQLException {
        try (Connection c = db.getConnection()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                List<long[]> open = new ArrayList<>();
                try (ResultSet r = s.executeQuery("SELECT e.learner_id, e.cohort_id FROM enrolment e WHERE e.exit_date IS NULL"
                        + " AND (SELECT COUNT(*) FROM attendance a JOIN training_session t ON t.id = a.session_id"
                        + " WHERE a.learner_id = e.learner_id AND t.cohort_id = e.cohort_id) >= 4 ORDER BY e.id LIMIT 40")) {
                    while (r.next()) {
                        open.add(new long[] {r.getLong(1), r.getLong(2)});
                    }
                }
                for (int i = 0; i < open.size(); i++) {
                    List<Long> latest = new ArrayList<>();
                    try (ResultSet r = s.executeQuery("SELECT a.session_id FROM attendance a JOIN training_session t ON t.id = a.session_id"
                            + " WHERE a.learner_id = " + open.get(i)[0] + " AND t.cohort_id = " + open.get(i)[1]
                            + " ORDER BY t.session_date DESC, t.start_time DESC")) {
                        while (r.next()) {
                            latest.add(r.getLong(1));
                        }
                    }
                    boolean three = i % 2 == 0; // else: present at the latest, absent the two before
                    for (int k = 0; k < 3; k++) {
                        s.executeUpdate("UPDATE attendance SET status = '" + (three || k > 0 ? "ABSENT" : "PRESENT")
                                + "' WHERE learner_id = " + open.get(i)[0] + " AND session_id = " + latest.get(k));
                    }
                }
                s.executeUpdate(AbsenceStreaks.REBUILD[0]);
                s.executeUpdate(AbsenceStreaks.REBUILD[1]);
                Set<String> numbered = rows(s, "SELECT r.learner_id, r.cohort_id, MAX(r.session_date) FROM (SELECT a.learner_id,"
                        + " a.status, t.cohort_id, t.session_date, ROW_NUMBER() OVER (PARTITION BY a.learner_id, t.cohort_id"
                        + " ORDER BY t.session_date DESC, t.start_time DESC) AS rn FROM enrolment e"
                        + " JOIN training_session t ON t.cohort_id = e.cohort_id JOIN attendance a ON a.session_id = t.id"
                        + " AND a.learner_id = e.learner_id WHERE e.exit_date IS NULL) r WHERE r.rn <= 3"
                        + " GROUP BY r.learner_id, r.cohort_id HAVING SUM(CASE WHEN r.status = 'ABSENT' THEN 1 ELSE 0 END) = 3");
                Set<String> kept = rows(s, "SELECT s.learner_id, s.cohort_id, s.last_mark FROM absence_streak s WHERE s.absences >= 3"
                        + " AND EXISTS (SELECT 1 FROM enrolment e WHERE e.cohort_id = s.cohort_id AND e.learner_id = s.learner_id"
                        + " AND e.exit_date IS NULL)");
                assertTrue(numbered.size() >= 20, "people absent three times running: " + numbered.size());
                assertEquals(numbered, kept);
            } finally {
                c.rollback();
            }
        }
    }

    private static Set<String> rows(Statement s, String sql) throws SQLException {
        Set<String> rows = new TreeSet<>();
        try (ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                rows.add(r.getLong(1) + "/" + r.getLong(2) + "/" + r.getDate(3));
            }
        }
        return rows;
    }

    /** Each row's columns as text. */
    private static Set<String> texts(Statement s, String sql) throws SQLException {
        Set<String> rows = new TreeSet<>();
        try (ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= r.getMetaData().getColumnCount(); i++) {
                    row.append(i > 1 ? "/" : "").append(r.getString(i));
                }
                rows.add(row.toString());
            }
        }
        return rows;
    }

    /**
     * The follow-ups kept as waiting are the exits whose observation is not recorded, counted another way: each
     * closed enrolment matched against its outcomes of that timing (the statement the queue ran before), by site.
     */
    @Test
    void theKeptFollowUpsAreTheExitsWithoutTheirOutcome() throws SQLException {
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            for (String timing : List.of("AT_EXIT", "SIX_MONTHS")) {
                Set<String> matched = rows(s, "SELECT e.id, c.site_id, e.exit_date FROM enrolment e JOIN cohort c ON c.id = e.cohort_id"
                        + " LEFT JOIN outcome o ON o.enrolment_id = e.id AND o.timing = '" + timing + "'"
                        + " WHERE e.exit_date IS NOT NULL AND o.id IS NULL");
                Set<String> kept = rows(s, "SELECT enrolment_id, site_id, exit_date FROM follow_up_due WHERE timing = '" + timing + "'");
                assertTrue(matched.size() > 20, timing + ": exits waiting " + matched.size());
                assertTrue(count("SELECT COUNT(*) FROM outcome WHERE timing = '" + timing + "'") > 20, timing + ": some recorded");
                assertEquals(matched, kept, timing);
            }
        }
    }

    /**
     * The home page's counts kept per site are those of counting the learners and enrolments of each site, and
     * over several sites count a person enrolled at more than one of them once (DashboardQueries adds the rows up).
     */
    @Test
    void theKeptSiteCountsAreCounting() throws SQLException {
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            String incomplete = org.tremplin.learner.domain.EsfRules.incomplete(org.tremplin.learner.domain.EsfRules.Query.SQL, "l");
            assertEquals(texts(s, "SELECT l.site_id, COUNT(*), SUM(CASE WHEN " + incomplete + " THEN 1 ELSE 0 END) FROM learner l GROUP BY l.site_id"),
                    texts(s, "SELECT site_id, learners, incomplete FROM site_learner_count"));
            assertEquals(texts(s, "SELECT c.site_id, c.programme_id, COUNT(DISTINCT e.learner_id),"
                    + " SUM(CASE WHEN e.status IN ('ENROLLED', 'ACTIVE') THEN 1 ELSE 0 END), SUM(CASE WHEN e.exit_date IS NOT NULL THEN 1 ELSE 0 END)"
                    + " FROM enrolment e JOIN cohort c ON c.id = e.cohort_id GROUP BY c.site_id, c.programme_id"),
                    texts(s, "SELECT site_id, programme_id, participants, active, exited FROM site_enrolment_count"));
            Set<String> several = texts(s, "SELECT c.programme_id, e.learner_id, c.site_id FROM enrolment e JOIN cohort c ON c.id = e.cohort_id"
                    + " WHERE (c.programme_id, e.learner_id) IN (SELECT c2.programme_id, e2.learner_id FROM enrolment e2"
                    + " JOIN cohort c2 ON c2.id = e2.cohort_id GROUP BY c2.programme_id, e2.learner_id HAVING COUNT(DISTINCT c2.site_id) > 1)");
            assertTrue(several.size() > 10, "people enrolled at two sites: " + several.size());
            assertEquals(several, texts(s, "SELECT programme_id, learner_id, site_id FROM multi_site_person"));
        }
    }

    @Test
    void aDatabaseWithLearnersIsRefused() {
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> DataGenerator.generate(db, 0.01, 1, TODAY));
        assertTrue(refused.getMessage().contains("already holds 500 learners"), refused.getMessage());
    }
}
