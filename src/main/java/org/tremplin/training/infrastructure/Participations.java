package org.tremplin.training.infrastructure;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import org.tremplin.programme.domain.ParticipationRuleChanged;
import org.tremplin.shared.infrastructure.KeptTable;
import org.tremplin.shared.infrastructure.SchemaReady;

/**
 * The participation dates, kept as attendance is written: for each person and programme, the day they
 * became a participant, that is the programme's {@code min_attendance_days}-th different day present (or
 * late) at its sessions not cancelled. A person is a participant of a period when that day falls by its
 * end. The ESF+ report reads this table rather than counting every attendance row of the programme.
 * <p>
 * Kept by {@link AttendanceRepository#replace} (each register: the cohort's people, computed again from
 * their attendance), by a change of a programme's rule ({@link ParticipationRuleChanged}: the whole
 * programme) and, at a start that finds it empty while registers exist, computed whole. A session with attendance can
 * neither move nor be cancelled, so nothing else changes it. {@link #COMPUTE} is the one definition:
 * the benchmark's data generator uses it too, and its hand-written SQL is the oracle that must agree.
 */
@ApplicationScoped
public class Participations extends KeptTable {

    static final String TABLE = "participation";
    static final String COLUMNS = "programme_id, learner_id, participation_date";

    /**
     * The participation rows (programme_id, learner_id, participation_date) of the attendance kept by
     * {@code %s}, a condition on the cohort {@code c} and the attendance {@code a}.
     */
    public static final String COMPUTE = "SELECT r.programme_id, r.learner_id, r.session_date FROM"
            + " (SELECT d.programme_id, d.learner_id, d.session_date,"
            + " ROW_NUMBER() OVER (PARTITION BY d.programme_id, d.learner_id ORDER BY d.session_date) AS day_number"
            + " FROM (SELECT DISTINCT c.programme_id, a.learner_id, s.session_date FROM attendance a"
            + " JOIN training_session s ON s.id = a.session_id JOIN cohort c ON c.id = s.cohort_id"
            + " WHERE a.status IN ('PRESENT', 'LATE') AND s.cancelled_at IS NULL AND %s) d) r"
            + " JOIN programme p ON p.id = r.programme_id WHERE r.day_number = p.min_attendance_days";

    /** Every row, computed whole (the benchmark's data generator, whose rows bypass the app). */
    public static final String[] REBUILD = rebuild(TABLE, COLUMNS, COMPUTE::formatted);

    /** The people of a session's cohort in its programme (parameter 1: the session). */
    private static final String SESSION_PROGRAMME = "(SELECT sc.programme_id FROM training_session ss"
            + " JOIN cohort sc ON sc.id = ss.cohort_id WHERE ss.id = ?1)";
    private static final String SESSION_PEOPLE = "(SELECT se.learner_id FROM enrolment se"
            + " WHERE se.cohort_id = (SELECT ss.cohort_id FROM training_session ss WHERE ss.id = ?1))";

    public Participations() {
        super(TABLE, COLUMNS, COMPUTE::formatted, "attendance");
    }

    /** After a register is written: its cohort's people, in its programme, from their attendance. */
    public void sessionWritten(long sessionId) {
        recompute("programme_id = " + SESSION_PROGRAMME + " AND learner_id IN " + SESSION_PEOPLE,
                "c.programme_id = " + SESSION_PROGRAMME + " AND a.learner_id IN " + SESSION_PEOPLE, sessionId);
    }

    /** A programme's rule changed: its rows are computed again. */
    void ruleChanged(@Observes ParticipationRuleChanged changed) {
        recompute("programme_id = ?1", "c.programme_id = ?1", changed.programmeId());
    }

    /** At start-up, before the first admin and the demo data: see {@link #fillIfEmpty}. */
    @Transactional
    public void onSchemaReady(@Observes @Priority(5) SchemaReady ready) {
        fillIfEmpty();
    }
}
