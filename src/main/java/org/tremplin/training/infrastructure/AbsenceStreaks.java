package org.tremplin.training.infrastructure;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import org.tremplin.shared.infrastructure.KeptTable;
import org.tremplin.shared.infrastructure.SchemaReady;

/**
 * The absences in a row, kept as registers are saved: for each person in each cohort, how many of their
 * latest marks are absences (the marks after their latest presence, lateness or excuse) and the day of
 * their latest mark. The dashboard's "absent from their last three sessions" reads this table instead of
 * numbering every mark of every open enrolment.
 * <p>
 * Kept by {@link AttendanceRepository#replace} (each register: its cohort's rows, computed again) and,
 * at a start that finds it empty while registers exist, computed whole. {@link #COMPUTE} is the one definition: the
 * benchmark's data generator uses it too.
 */
@ApplicationScoped
public class AbsenceStreaks extends KeptTable {

    static final String TABLE = "absence_streak";
    static final String COLUMNS = "cohort_id, learner_id, absences, last_mark";

    /**
     * The rows (cohort_id, learner_id, absences, last_mark) of the marks kept by {@code %s}, a condition on
     * the session {@code t}: an absence counts when no other mark of the person in the cohort comes later.
     */
    public static final String COMPUTE = "SELECT t.cohort_id, a.learner_id, SUM(CASE WHEN a.status = 'ABSENT' AND NOT EXISTS"
            + " (SELECT 1 FROM attendance la JOIN training_session lt ON lt.id = la.session_id"
            + " WHERE la.learner_id = a.learner_id AND lt.cohort_id = t.cohort_id AND la.status <> 'ABSENT'"
            + " AND (lt.session_date > t.session_date OR (lt.session_date = t.session_date AND lt.start_time > t.start_time)))"
            + " THEN 1 ELSE 0 END), MAX(t.session_date)"
            + " FROM attendance a JOIN training_session t ON t.id = a.session_id WHERE %s GROUP BY t.cohort_id, a.learner_id";

    /** Every row, computed whole (the benchmark's data generator, whose rows bypass the app). */
    public static final String[] REBUILD = rebuild(TABLE, COLUMNS, COMPUTE::formatted);

    private static final String SESSION_COHORT = "(SELECT ss.cohort_id FROM training_session ss WHERE ss.id = ?1)";

    public AbsenceStreaks() {
        super(TABLE, COLUMNS, COMPUTE::formatted, "attendance");
    }

    /** After a register is written: its cohort's rows, from their marks. */
    public void sessionWritten(long sessionId) {
        recompute("cohort_id = " + SESSION_COHORT, "t.cohort_id = " + SESSION_COHORT, sessionId);
    }

    /** At start-up, before the first admin and the demo data: see {@link #fillIfEmpty}. */
    @Transactional
    public void onSchemaReady(@Observes @Priority(5) SchemaReady ready) {
        fillIfEmpty();
    }
}
