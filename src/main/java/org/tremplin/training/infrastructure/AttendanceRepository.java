package org.tremplin.training.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.io.Serializable;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tremplin.learner.domain.Learner;
import org.tremplin.shared.infrastructure.NativeSql;
import org.tremplin.training.domain.AttendanceRegister;
import org.tremplin.training.domain.AttendanceStatus;
import org.tremplin.training.domain.TrainingSession;

/**
 * The registers. A save replaces a session's rows with two statements (one DELETE, one multi-row
 * INSERT) and writes the history in at most one more, whatever the group size. Figures (hours,
 * rates, absences in a row) are aggregates computed by the database.
 */
@ApplicationScoped
public class AttendanceRepository {

    @PersistenceContext(unitName = "tremplin")
    EntityManager em;

    @Inject
    Participations participations;

    @Inject
    AbsenceStreaks streaks;

    /** The learners a session may mark: its cohort's members on the session's day, by name. */
    public List<Learner> members(TrainingSession session) {
        return em.createQuery("SELECT l FROM Enrolment e JOIN e.learner l WHERE e.cohort.id = :cohort"
                + " AND e.entryDate <= :day AND (e.exitDate IS NULL OR e.exitDate >= :day)"
                + " ORDER BY l.lastName, l.firstName, l.id", Learner.class)
                .setParameter("cohort", session.getCohort().getId()).setParameter("day", session.getDate())
                .getResultList();
    }

    /** The register as stored: learner id → line. */
    public Map<Long, AttendanceRegister.Stored> stored(Long sessionId) {
        Map<Long, AttendanceRegister.Stored> lines = new LinkedHashMap<>();
        em.createQuery("SELECT a.learnerId, a.status, a.remark, a.clientId, a.markedBy, a.markedAt FROM Attendance a"
                + " WHERE a.sessionId = :s", Object[].class).setParameter("s", sessionId).getResultList()
                .forEach(r -> lines.put((Long) r[0], new AttendanceRegister.Stored((AttendanceStatus) r[1], (String) r[2],
                        (String) r[3], (String) r[4], (Instant) r[5])));
        return lines;
    }

    /**
     * Replaces the session's register: one DELETE, one INSERT of every line; then what is kept from the
     * registers for its cohort, two statements each: the participation dates ({@link Participations}) and
     * the absences in a row ({@link AbsenceStreaks}).
     */
    public void replace(Long sessionId, List<AttendanceRegister.Line> lines) {
        em.createNativeQuery("DELETE FROM attendance WHERE session_id = ?1").setParameter(1, sessionId).executeUpdate();
        if (!lines.isEmpty()) {
            insert(sessionId, lines);
        }
        participations.sessionWritten(sessionId);
        streaks.sessionWritten(sessionId);
    }

    private void insert(Long sessionId, List<AttendanceRegister.Line> lines) {
        StringBuilder sql = new StringBuilder("INSERT INTO attendance (session_id, learner_id, status, minutes, remark,"
                + " client_id, marked_by, marked_at) VALUES ");
        List<Object> params = new ArrayList<>();
        for (AttendanceRegister.Line line : lines) {
            sql.append(params.isEmpty() ? "" : ", ").append("(?, ?, ?, ?, ?, ?, ?, CAST(? AS TIMESTAMP))");
            params.add(sessionId);
            params.add(line.learnerId());
            params.add(line.status().name());
            params.add(line.minutes());
            params.add(line.remark());
            params.add(line.clientId());
            params.add(line.by());
            params.add(line.at() == null ? null : Timestamp.from(line.at())); // cast: PostgreSQL types a bound null as text
        }
        NativeSql.execute(em, sql, params);
    }

    /** Appends the changes made after the session's day, in one statement. */
    public void recordChanges(Long sessionId, List<AttendanceRegister.Change> changes, String by, Instant at) {
        if (changes.isEmpty()) {
            return;
        }
        StringBuilder sql = new StringBuilder(
                "INSERT INTO attendance_change (session_id, learner_id, old_status, new_status, changed_by, changed_at) VALUES ");
        List<Object> params = new ArrayList<>();
        for (AttendanceRegister.Change c : changes) {
            sql.append(params.isEmpty() ? "" : ", ").append("(?, ?, ?, ?, ?, ?)");
            params.add(sessionId);
            params.add(c.learnerId());
            params.add(c.before() == null ? null : c.before().name());
            params.add(c.after().name());
            params.add(by);
            params.add(Timestamp.from(at));
        }
        NativeSql.execute(em, sql, params);
    }


    /** A register change kept after the day. */
    public record ChangeRow(Long learnerId, String learnerName, String before, String after, String by,
            LocalDateTime at) implements Serializable {
    }

    public List<ChangeRow> changes(Long sessionId) {
        List<ChangeRow> rows = new ArrayList<>();
        for (Object o : em.createNativeQuery("SELECT c.learner_id, l.first_name, l.last_name, c.old_status, c.new_status,"
                + " c.changed_by, c.changed_at FROM attendance_change c JOIN learner l ON l.id = c.learner_id"
                + " WHERE c.session_id = ?1 ORDER BY c.changed_at DESC, l.last_name").setParameter(1, sessionId)
                .getResultList()) {
            Object[] r = (Object[]) o;
            rows.add(new ChangeRow(((Number) r[0]).longValue(), r[1] + " " + r[2], (String) r[3], (String) r[4],
                    (String) r[5], LocalDateTime.ofInstant(instant(r[6]), ZoneId.systemDefault())));
        }
        return rows;
    }

    private static Instant instant(Object value) {
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        if (value instanceof LocalDateTime ldt) {
            return Timestamp.valueOf(ldt).toInstant();
        }
        if (value instanceof OffsetDateTime odt) {
            return odt.toInstant();
        }
        return Instant.parse(String.valueOf(value));
    }

    /** A learner's attendance: sessions marked, followed, minutes followed. */
    public record Totals(long marked, long followed, long minutes) implements Serializable {
        public int rate() {
            return marked == 0 ? 0 : (int) Math.round(100.0 * followed / marked);
        }

        public double hours() {
            return minutes / 60.0;
        }
    }

    public Totals ofLearner(Long learnerId) {
        Object[] r = em.createQuery("SELECT COUNT(a), SUM(CASE WHEN a.minutes > 0 THEN 1 ELSE 0 END), SUM(a.minutes)"
                + " FROM Attendance a WHERE a.learnerId = :l", Object[].class).setParameter("l", learnerId).getSingleResult();
        return totals(r);
    }

    /** A learner's register lines, newest first, with their session. */
    public List<Object[]> linesOf(Long learnerId) {
        return em.createQuery("SELECT t, a.status, a.minutes FROM Attendance a JOIN a.session t JOIN FETCH t.cohort"
                + " WHERE a.learnerId = :l ORDER BY t.date DESC, t.startTime DESC", Object[].class)
                .setHint("eclipselink.batch.type", "IN") // the sessions' competences in one statement (TrainingSession)
                .setParameter("l", learnerId).getResultList();
    }

    /** A cohort's figures: marks, followed marks, minutes followed; planned and done session minutes. */
    public record CohortFigures(Totals attendance, long plannedMinutes, long doneMinutes, long sessions,
            long sessionsTaken) implements Serializable {
    }

    public CohortFigures ofCohort(Long cohortId) {
        Object[] a = em.createQuery("SELECT COUNT(a), SUM(CASE WHEN a.minutes > 0 THEN 1 ELSE 0 END), SUM(a.minutes)"
                + " FROM Attendance a JOIN a.session t WHERE t.cohort.id = :c", Object[].class)
                .setParameter("c", cohortId).getSingleResult();
        Object[] t = em.createQuery("SELECT SUM(t.minutes), SUM(CASE WHEN t.attendanceTakenAt IS NOT NULL THEN t.minutes ELSE 0 END),"
                + " COUNT(t), SUM(CASE WHEN t.attendanceTakenAt IS NOT NULL THEN 1 ELSE 0 END)"
                + " FROM TrainingSession t WHERE t.cohort.id = :c AND t.cancelledAt IS NULL", Object[].class)
                .setParameter("c", cohortId).getSingleResult();
        return new CohortFigures(totals(a), number(t[0]), number(t[1]), number(t[2]), number(t[3]));
    }

    /** Per learner of a cohort: id → totals (one statement). */
    public Map<Long, Totals> byLearnerOfCohort(Long cohortId) {
        Map<Long, Totals> map = new LinkedHashMap<>();
        for (Object[] r : em.createQuery("SELECT a.learnerId, COUNT(a), SUM(CASE WHEN a.minutes > 0 THEN 1 ELSE 0 END),"
                + " SUM(a.minutes) FROM Attendance a JOIN a.session t WHERE t.cohort.id = :c GROUP BY a.learnerId",
                Object[].class).setParameter("c", cohortId).getResultList()) {
            map.put((Long) r[0], totals(new Object[] {r[1], r[2], r[3]}));
        }
        return map;
    }

    private static Totals totals(Object[] r) {
        return new Totals(number(r[0]), number(r[1]), number(r[2]));
    }

    private static long number(Object o) {
        return o == null ? 0 : ((Number) o).longValue();
    }

    /** A learner absent from the last {@code n} sessions marked for them, in open enrolments of the given sites. */
    public record Absentee(Long learnerId, String name, Long cohortId, String cohortName, LocalDate lastSession) {
    }

    public List<Absentee> absentInARow(int n, Optional<List<Long>> siteScope) {
        if (siteScope.isPresent() && siteScope.get().isEmpty()) {
            return List.of();
        }
        String scope = siteScope.isPresent() ? " AND c.site_id IN (" + placeholders(siteScope.get().size(), 2) + ")" : "";
        Query q = em.createNativeQuery("SELECT s.learner_id, l.first_name, l.last_name, c.id, c.name, s.last_mark"
                + " FROM absence_streak s JOIN cohort c ON c.id = s.cohort_id JOIN learner l ON l.id = s.learner_id"
                + " WHERE s.absences >= ?1 AND EXISTS (SELECT 1 FROM enrolment e WHERE e.cohort_id = s.cohort_id"
                + " AND e.learner_id = s.learner_id AND e.exit_date IS NULL)" + scope
                + " ORDER BY s.last_mark DESC, l.last_name, s.learner_id");
        q.setParameter(1, n);
        siteScope.ifPresent(ids -> {
            for (int i = 0; i < ids.size(); i++) {
                q.setParameter(i + 2, ids.get(i));
            }
        });
        List<Absentee> list = new ArrayList<>();
        for (Object o : q.setMaxResults(200).getResultList()) {
            Object[] r = (Object[]) o;
            list.add(new Absentee(((Number) r[0]).longValue(), r[1] + " " + r[2], ((Number) r[3]).longValue(),
                    (String) r[4], localDate(r[5])));
        }
        return list;
    }

    private static LocalDate localDate(Object value) {
        if (value instanceof Date d) {
            return d.toLocalDate();
        }
        if (value instanceof LocalDate d) {
            return d;
        }
        return LocalDate.parse(String.valueOf(value));
    }

    private static String placeholders(int count, int from) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < count; i++) {
            s.append(i == 0 ? "" : ", ").append('?').append(from + i);
        }
        return s.toString();
    }
}
