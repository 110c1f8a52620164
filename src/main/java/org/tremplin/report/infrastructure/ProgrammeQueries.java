package org.tremplin.report.infrastructure;

import static org.tremplin.report.infrastructure.EsfQueries.ATTENDED;
import static org.tremplin.report.infrastructure.EsfQueries.ENTERED;
import static org.tremplin.report.infrastructure.EsfQueries.bind;
import static org.tremplin.report.infrastructure.EsfQueries.count;
import static org.tremplin.report.infrastructure.EsfQueries.persons;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.io.Serializable;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.tremplin.report.domain.SmallCounts;
import org.tremplin.report.infrastructure.EsfQueries.Scope;

/**
 * The programme dashboards, each one aggregate statement: the pathway funnel, attendance and hours
 * per cohort, the equipment lent, and the DigComp progression.
 */
@ApplicationScoped
public class ProgrammeQueries {

    @PersistenceContext(unitName = "tremplin")
    EntityManager em;

    /** People who entered in the period, and how far they went (a stage is null when hidden: too few people). */
    @JsonbNillable
    public record Funnel(Long enrolled, Long attended, Long completed, Long positiveAtExit,
            Long employedAtSixMonths) implements Serializable {

        /** As a funder sees it: a stage of 1 to threshold - 1 people hidden. */
        public Funnel masked(int threshold) {
            return new Funnel(SmallCounts.shown(enrolled, threshold), SmallCounts.shown(attended, threshold),
                    SmallCounts.shown(completed, threshold), SmallCounts.shown(positiveAtExit, threshold),
                    SmallCounts.shown(employedAtSixMonths, threshold));
        }
    }

    /** A cohort's delivery: sessions held, hours delivered, register lines and presence, hours attended. */
    public record CohortFigures(long cohortId, String cohort, int plannedHours, long learners, long sessions,
            double hoursDelivered, long marks, long present, double hoursAttended) implements Serializable {
        public Double attendanceRate() {
            return marks == 0 ? null : (double) present / marks;
        }
    }

    /** Equipment lent to the programme's learners (a count is null when hidden: too few people). */
    @JsonbNillable
    public record Loans(Long onLoan, Long overdue, Long lost, Long learnersEquipped,
            Long learners) implements Serializable {
        public Double equippedShare() {
            return learners == null || learnersEquipped == null || learners == 0 ? null : (double) learnersEquipped / learners;
        }

        /** As a funder sees it: a count of 1 to threshold - 1 hidden, and the share with it. */
        public Loans masked(int threshold) {
            return new Loans(SmallCounts.shown(onLoan, threshold), SmallCounts.shown(overdue, threshold),
                    SmallCounts.shown(lost, threshold), SmallCounts.shown(learnersEquipped, threshold),
                    SmallCounts.shown(learners, threshold));
        }
    }

    /** Average DigComp level of an area at entry and at exit, and how many people each average covers. */
    @JsonbNillable
    public record AreaLevels(int area, Double entry, Long entryCount, Double exit,
            Long exitCount) implements Serializable {

        /** As a funder sees it: an average of 1 to threshold - 1 people hidden with its count. */
        public AreaLevels masked(int threshold) {
            return new AreaLevels(area, SmallCounts.shown(entry, entryCount, threshold), SmallCounts.shown(entryCount, threshold),
                    SmallCounts.shown(exit, exitCount, threshold), SmallCounts.shown(exitCount, threshold));
        }
    }

    private static final String POSITIVE = "o.employed = TRUE OR o.in_education = TRUE OR o.gained_qualification = TRUE"
            + " OR (o.job_searching = TRUE AND p.labour_status = 'INACTIVE')";

    private static String lastOutcome(String timing, String condition) {
        return " EXISTS (SELECT 1 FROM outcome o JOIN enrolment oe ON oe.id = o.enrolment_id"
                + " JOIN cohort oc ON oc.id = oe.cohort_id WHERE o.learner_id = p.learner_id AND oc.programme_id = ?1"
                + " AND oe.exit_date = p.last_exit AND o.timing = '" + timing + "' AND (" + condition + "))";
    }

    public Funnel funnel(Scope scope) {
        if (scope.isEmpty()) {
            return new Funnel(0L, 0L, 0L, 0L, 0L);
        }
        String in = ENTERED + " AND " + ATTENDED;
        Object[] r = (Object[]) bind(em.createNativeQuery("SELECT SUM(CASE WHEN " + ENTERED + " THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN " + in + " THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN " + in + " AND p.completed_count > 0 THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN " + in + " AND p.open_count = 0 AND" + lastOutcome("AT_EXIT", POSITIVE) + " THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN " + in + " AND p.open_count = 0 AND" + lastOutcome("SIX_MONTHS", "o.employed = TRUE")
                + " THEN 1 ELSE 0 END) FROM " + persons(scope)), scope).getSingleResult();
        return new Funnel(count(r[0]), count(r[1]), count(r[2]), count(r[3]), count(r[4]));
    }

    /** The programme's cohorts running in the period, in date order. */
    public List<CohortFigures> cohorts(Scope scope) {
        if (scope.isEmpty()) {
            return List.of();
        }
        String held = "s.cohort_id = c.id AND s.cancelled_at IS NULL AND s.attendance_taken_at IS NOT NULL"
                + " AND s.session_date BETWEEN ?2 AND ?3";
        Query q = bind(em.createNativeQuery("SELECT c.id, c.name, c.planned_hours,"
                + " (SELECT COUNT(DISTINCT e.learner_id) FROM enrolment e WHERE e.cohort_id = c.id),"
                + " (SELECT COUNT(*) FROM training_session s WHERE " + held + "),"
                + " (SELECT SUM(s.minutes) FROM training_session s WHERE " + held + "),"
                + " (SELECT COUNT(*) FROM attendance a JOIN training_session s ON s.id = a.session_id WHERE " + held + "),"
                + " (SELECT COUNT(*) FROM attendance a JOIN training_session s ON s.id = a.session_id WHERE " + held
                + " AND a.status IN ('PRESENT', 'LATE')),"
                + " (SELECT SUM(a.minutes) FROM attendance a JOIN training_session s ON s.id = a.session_id WHERE " + held + ")"
                + " FROM cohort c WHERE c.programme_id = ?1" + scope.siteFilter("c") + " AND c.start_date <= ?3 AND c.end_date >= ?2"
                + " ORDER BY c.start_date, c.name"), scope);
        List<CohortFigures> rows = new ArrayList<>();
        for (Object o : q.getResultList()) {
            Object[] r = (Object[]) o;
            rows.add(new CohortFigures(count(r[0]), (String) r[1], (int) count(r[2]), count(r[3]), count(r[4]),
                    count(r[5]) / 60.0, count(r[6]), count(r[7]), count(r[8]) / 60.0));
        }
        return rows;
    }

    /** Loans of the programme's learners: open now, overdue today, lost, and the share of learners equipped. */
    public Loans loans(Scope scope, LocalDate today) {
        if (scope.isEmpty()) {
            return new Loans(0L, 0L, 0L, 0L, 0L);
        }
        String learners = "SELECT e.learner_id FROM enrolment e JOIN cohort c ON c.id = e.cohort_id WHERE c.programme_id = ?1"
                + scope.siteFilter("c") + " AND e.entry_date <= ?3 AND (e.exit_date IS NULL OR e.exit_date >= ?2)";
        Object[] r = (Object[]) bind(em.createNativeQuery("SELECT SUM(CASE WHEN lo.closure IS NULL THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN lo.closure IS NULL AND lo.due_date < ?4 THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN lo.closure = 'LOST' THEN 1 ELSE 0 END),"
                + " COUNT(DISTINCT lo.learner_id), (SELECT COUNT(DISTINCT x.learner_id) FROM (" + learners + ") x)"
                + " FROM loan lo WHERE lo.learner_id IN (" + learners + ") AND lo.out_date <= ?3"
                + " AND (lo.returned_date IS NULL OR lo.returned_date >= ?2)"), scope)
                .setParameter(4, Date.valueOf(today)).getSingleResult();
        return new Loans(count(r[0]), count(r[1]), count(r[2]), count(r[3]), count(r[4]));
    }

    /** Per DigComp area, the average level of the programme's learners at entry and at exit. */
    public List<AreaLevels> digComp(Scope scope) {
        List<AreaLevels> areas = new ArrayList<>();
        Double[][] averages = new Double[6][2];
        long[][] counts = new long[6][2];
        if (!scope.isEmpty()) {
            Query q = bind(em.createNativeQuery("SELECT c.area_code, a.kind, AVG(CAST(al.level AS DOUBLE PRECISION)),"
                    + " COUNT(DISTINCT a.learner_id) FROM assessment a JOIN assessment_level al ON al.assessment_id = a.id"
                    + " JOIN competence c ON c.code = al.competence_code WHERE a.kind IN ('ENTRY', 'EXIT')"
                    + " AND a.assessed_on <= ?3 AND a.learner_id IN (SELECT e.learner_id FROM enrolment e"
                    + " JOIN cohort ec ON ec.id = e.cohort_id WHERE ec.programme_id = ?1" + scope.siteFilter("ec")
                    + " AND e.entry_date <= ?3 AND (e.exit_date IS NULL OR e.exit_date >= ?2))"
                    + " GROUP BY c.area_code, a.kind"), scope);
            for (Object o : q.getResultList()) {
                Object[] r = (Object[]) o;
                int area = (int) count(r[0]);
                int kind = "ENTRY".equals(r[1]) ? 0 : 1;
                averages[area][kind] = r[2] == null ? null : ((Number) r[2]).doubleValue();
                counts[area][kind] = count(r[3]);
            }
        }
        for (int area = 1; area <= 5; area++) {
            areas.add(new AreaLevels(area, averages[area][0], counts[area][0], averages[area][1], counts[area][1]));
        }
        return areas;
    }
}
