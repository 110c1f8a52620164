package org.tremplin.report.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tremplin.learner.domain.EsfCases;
import org.tremplin.learner.domain.EsfRules;
import org.tremplin.learner.domain.Learner;
import org.tremplin.outcome.domain.EsfIndicator;
import org.tremplin.programme.domain.Site;

/**
 * The ESF+ rules written once ({@link EsfRules}): the report's SQL conditions (completeness, EECO03 long-term
 * unemployment) select exactly the crafted participants the Java rules select, on a participant row as the report
 * builds it. Embedded H2 in memory; the JPQL twin is checked in the container (PersistenceIT).
 */
class EsfRulesParityTest {

    static final List<Learner> CASES = new ArrayList<>();
    /** The age at entry of the anonymised cases (their birth date is gone), by index. */
    static final Map<Integer, Integer> AGES_KEPT = new HashMap<>();
    static Connection db;

    @BeforeAll
    static void load() throws Exception {
        CASES.addAll(EsfCases.learners(new Site("Parity", "Lille"), "Parity"));
        // anonymised people: never incomplete; their age at entry is kept on the enrolment (the row's entry_age)
        for (Learner l : EsfCases.learners(new Site("Parity", "Lille"), "Parity")) {
            if (l.getBirthDate() != null && l.getIscedLevel() == null) {
                AGES_KEPT.put(CASES.size(), Period.between(l.getBirthDate(), EsfCases.ENTRY).getYears());
                l.anonymise(EsfCases.ENTRY.plusYears(3), List.of());
                CASES.add(l);
            }
        }
        db = DriverManager.getConnection("jdbc:h2:mem:parity;DB_CLOSE_DELAY=-1");
        try (Statement s = db.createStatement()) {
            s.execute("CREATE TABLE p (id INT PRIMARY KEY, anonymised_on DATE, birth_date DATE, gender VARCHAR(20), email VARCHAR(100),"
                    + " phone VARCHAR(30), postcode VARCHAR(10), labour_status VARCHAR(20), unemployed_since DATE, isced_level INT,"
                    + " entry_age INT, first_entry DATE)");
        }
        try (PreparedStatement ps = db.prepareStatement("INSERT INTO p VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < CASES.size(); i++) {
                Learner l = CASES.get(i);
                ps.setInt(1, i);
                ps.setObject(2, l.isAnonymised() ? Date.valueOf(EsfCases.ENTRY.plusYears(3)) : null);
                ps.setObject(3, l.getBirthDate() == null ? null : Date.valueOf(l.getBirthDate()));
                ps.setString(4, l.getGender() == null ? null : l.getGender().name());
                ps.setString(5, l.getEmail());
                ps.setString(6, l.getPhone());
                ps.setString(7, l.getPostcode());
                ps.setString(8, l.getLabourStatus() == null ? null : l.getLabourStatus().name());
                ps.setObject(9, l.getUnemployedSince() == null ? null : Date.valueOf(l.getUnemployedSince()));
                ps.setObject(10, l.getIscedLevel());
                ps.setObject(11, AGES_KEPT.get(i));
                ps.setObject(12, Date.valueOf(EsfCases.ENTRY));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    @Test
    void theReportCountsAsIncompleteTheRecordsTheLearnerFindsIncomplete() throws Exception {
        Set<Integer> java = new TreeSet<>();
        for (int i = 0; i < CASES.size(); i++) {
            if (!CASES.get(i).missingEsfFields().isEmpty()) {
                java.add(i);
            }
        }
        Set<Integer> sql = select(EsfQueries.INCOMPLETE);
        assertTrue(java.size() > 100 && java.size() < CASES.size() - 10, "both kinds in the crafted set: " + java.size());
        assertSameCases(java, sql);
    }

    @Test
    void theReportCountsAsLongTermUnemployedThoseTheLearnerRuleDoes() throws Exception {
        Set<Integer> java = new TreeSet<>();
        for (int i = 0; i < CASES.size(); i++) {
            Learner l = CASES.get(i);
            Integer age = l.getBirthDate() != null ? Integer.valueOf(Period.between(l.getBirthDate(), EsfCases.ENTRY).getYears())
                    : AGES_KEPT.get(i);
            if (EsfRules.isLongTermUnemployed(l.getLabourStatus(), l.getUnemployedSince(), age, EsfCases.ENTRY)) {
                java.add(i);
            }
            if (!l.isAnonymised()) {
                assertEquals(java.contains(i), l.isLongTermUnemployedOn(EsfCases.ENTRY), "the learner applies the rule");
            }
        }
        Set<Integer> sql = select(EsfQueries.condition(EsfIndicator.EECO03));
        assertTrue(java.size() > 20, "long-term unemployed people in the crafted set: " + java.size());
        assertSameCases(java, sql);
    }

    private static Set<Integer> select(String condition) throws Exception {
        String where = condition.replace("?2", "DATE '2000-01-01'").replace("?3", "DATE '2100-01-01'");
        Set<Integer> ids = new TreeSet<>();
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("SELECT id FROM p WHERE " + where)) {
            while (rs.next()) {
                ids.add(rs.getInt(1));
            }
        }
        return ids;
    }

    /** The cases one side selects and the other does not, described, or nothing. */
    private static void assertSameCases(Set<Integer> java, Set<Integer> sql) {
        List<String> differ = new ArrayList<>();
        for (int i = 0; i < CASES.size() && differ.size() < 5; i++) {
            if (java.contains(i) != sql.contains(i)) {
                Learner l = CASES.get(i);
                differ.add((java.contains(i) ? "Java only: " : "SQL only: ") + "born " + l.getBirthDate() + ", " + l.getGender()
                        + ", " + l.getEmail() + "/" + l.getPhone() + ", " + l.getPostcode() + ", " + l.getLabourStatus() + " since "
                        + l.getUnemployedSince() + ", ISCED " + l.getIscedLevel() + (l.isAnonymised() ? ", anonymised" : ""));
            }
        }
        assertTrue(differ.isEmpty(), "the Java rule and the query disagree: " + differ);
    }
}
