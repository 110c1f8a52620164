package org.tremplin.outcome.infrastructure;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import org.tremplin.learner.domain.Enrolment;
import org.tremplin.outcome.domain.Outcome;
import org.tremplin.outcome.domain.OutcomeTiming;
import org.tremplin.programme.domain.Cohort;
import org.tremplin.shared.infrastructure.KeptFromEntities;
import org.tremplin.shared.infrastructure.SchemaReady;

/**
 * The follow-ups still waiting, kept as enrolments, outcomes and cohorts are written: one row per closed
 * enrolment and timing (at exit, six months after) whose observation is not recorded, with the exit date and
 * the cohort's site. The follow-up queue's counts, on its page, in the API and on the home page, read it instead
 * of matching every exit of the caller's sites against their outcomes ({@link OutcomeRepository#dueCounts}).
 * <p>
 * Kept in the transaction that writes ({@link KeptFromEntities}): the rows of each enrolment written (an exit
 * recorded or corrected, a move to another cohort), of the enrolment of each outcome written, and of the
 * enrolments of each cohort written (its site changed) are computed again. Computed whole at a start that finds
 * the table empty while enrolments exist. {@link #compute} is the one definition; the queue's rows are read from
 * the enrolments by the same rule ({@link OutcomeRepository#due}), and a test checks that both agree.
 */
@ApplicationScoped
public class FollowUpsDue extends KeptFromEntities {

    static final String TABLE = "follow_up_due";
    public static final String COLUMNS = "enrolment_id, timing, exit_date, site_id";

    /** Every row, computed whole (the benchmark's data generator, whose rows bypass the app). */
    public static final String[] REBUILD = rebuild(TABLE, COLUMNS, FollowUpsDue::compute);

    /** The enrolments of the rows of each entity written, given their ids. */
    private static final Map<Class<?>, String> ENROLMENTS = Map.of(
            Enrolment.class, "SELECT w.id FROM enrolment w WHERE w.id IN (%s)",
            Outcome.class, "SELECT w.enrolment_id FROM outcome w WHERE w.id IN (%s)",
            Cohort.class, "SELECT w.id FROM enrolment w WHERE w.cohort_id IN (%s)");

    public FollowUpsDue() {
        super(TABLE, COLUMNS, FollowUpsDue::compute, "enrolment", ENROLMENTS, "enrolment_id", "e.id",
                "the follow-up queue's counts may be wrong for them until they are written again");
    }

    /**
     * The rows (in {@link #COLUMNS}' order) of the closed enrolments {@code condition} keeps (on the enrolment
     * {@code e}): one per timing whose outcome is not recorded.
     */
    public static String compute(String condition) {
        return Arrays.stream(OutcomeTiming.values()).map(t -> "SELECT e.id, '" + t.name() + "', e.exit_date, c.site_id"
                + " FROM enrolment e JOIN cohort c ON c.id = e.cohort_id WHERE e.exit_date IS NOT NULL AND " + condition
                + " AND NOT EXISTS (SELECT 1 FROM outcome o WHERE o.enrolment_id = e.id AND o.timing = '" + t.name() + "')")
                .collect(Collectors.joining(" UNION ALL "));
    }

    /** At start-up, before the first admin and the demo data: see {@link #fillIfEmpty}. */
    @Transactional
    public void onSchemaReady(@Observes @Priority(5) SchemaReady ready) {
        fillIfEmpty();
    }
}
