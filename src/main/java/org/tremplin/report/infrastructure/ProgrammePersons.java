package org.tremplin.report.infrastructure;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.util.Map;
import org.tremplin.learner.domain.Enrolment;
import org.tremplin.outcome.domain.EsfIndicator;
import org.tremplin.outcome.domain.Outcome;
import org.tremplin.programme.domain.Cohort;
import org.tremplin.shared.infrastructure.KeptFromEntities;
import org.tremplin.shared.infrastructure.SchemaReady;

/**
 * The person rows of the ESF+ report, kept as enrolments, outcomes and cohorts are written: for each person and
 * programme, the first entry, the last exit, the enrolments still open, the participant sheet of the first
 * enrolment and the result flags of the outcomes of the last exit; and the site, when all the person's
 * enrolments in the programme are at one site (else none). The report reads this table instead of aggregating
 * every enrolment and outcome of the programme ({@link EsfQueries}).
 * <p>
 * Kept in the transaction that writes ({@link KeptFromEntities}): the rows of the people of each enrolment, outcome
 * or cohort written (every programme of theirs; a cohort's people) are computed again, two statements whatever
 * their number. Computed whole at a start that finds the table empty while enrolments exist. {@link
 * #compute} is the one definition: the report's rows for a site scope use it too, the benchmark's data generator
 * fills the table with it, and its hand-written SQL, which counts from the enrolments, must agree on every cell.
 */
@ApplicationScoped
public class ProgrammePersons extends KeptFromEntities {

    static final String TABLE = "programme_person";
    public static final String COLUMNS = "programme_id, learner_id, site_id, first_entry, entry_age, last_exit, open_count,"
            + " completed_count, labour_status, unemployed_since, isced_level, disability, third_country_national,"
            + " foreign_background, minority, homeless, rural_area, "
            + String.join(", ", EsfIndicator.results().stream().map(EsfQueries::column).toList());

    /** Every row, computed whole (the benchmark's data generator, whose rows bypass the app). */
    public static final String[] REBUILD = rebuild(TABLE, COLUMNS, condition -> compute(condition, ""));

    /** The people of the rows of each entity written, given their ids: a cohort's are those enrolled in it. */
    private static final Map<Class<?>, String> PEOPLE = Map.of(
            Enrolment.class, Keys.ENROLMENT_PEOPLE,
            Outcome.class, "SELECT w.learner_id FROM outcome w WHERE w.id IN (%s)",
            Cohort.class, Keys.COHORT_PEOPLE);

    /** The people of the enrolments and cohorts written, given their ids: the key of the tables kept by person. */
    static final class Keys {
        static final String ENROLMENT_PEOPLE = "SELECT w.learner_id FROM enrolment w WHERE w.id IN (%s)";
        static final String COHORT_PEOPLE = "SELECT w.learner_id FROM enrolment w WHERE w.cohort_id IN (%s)";

        private Keys() {
        }
    }

    public ProgrammePersons() {
        super(TABLE, COLUMNS, condition -> compute(condition, ""), "enrolment", PEOPLE, "learner_id", "e.learner_id",
                "the ESF+ report may be wrong for them until they are written again");
    }

    /**
     * The rows (in {@link #COLUMNS}' order) of the people whose enrolments {@code condition} keeps (on the
     * enrolment {@code e} and its cohort {@code c}); {@code siteFilter} (empty, or {@code AND} a condition on
     * {@code c}) narrows the enrolments that make the entry, the exit and the sheet, not the outcomes of that exit.
     */
    public static String compute(String condition, String siteFilter) {
        StringBuilder flags = new StringBuilder();
        StringBuilder kept = new StringBuilder();
        for (EsfIndicator result : EsfIndicator.results()) {
            String column = EsfQueries.column(result);
            flags.append(", MAX(CASE WHEN o.timing = '").append(result.timing().orElseThrow().name()).append("' AND o.")
                    .append(EsfQueries.situationColumn(result)).append(" = TRUE THEN 1 ELSE 0 END) AS ").append(column);
            kept.append(", COALESCE(pr.").append(column).append(", 0)");
        }
        String where = " WHERE " + condition + siteFilter;
        return "SELECT pe.programme_id, pe.learner_id, pe.site_id, pe.first_entry, pe.entry_age, pe.last_exit,"
                + " pe.open_count, pe.completed_count, ps.labour_status, ps.unemployed_since, ps.isced_level,"
                + " ps.disability, ps.third_country_national, ps.foreign_background, ps.minority, ps.homeless,"
                + " ps.rural_area" + kept
                + " FROM (SELECT c.programme_id, e.learner_id,"
                + " CASE WHEN MIN(c.site_id) = MAX(c.site_id) THEN MIN(c.site_id) END AS site_id,"
                + " MIN(e.entry_date) AS first_entry, MIN(e.age_at_entry) AS entry_age, MAX(e.exit_date) AS last_exit,"
                + " SUM(CASE WHEN e.exit_date IS NULL THEN 1 ELSE 0 END) AS open_count,"
                + " SUM(CASE WHEN e.status IN ('COMPLETED', 'POSITIVE_EXIT') THEN 1 ELSE 0 END) AS completed_count"
                + " FROM enrolment e JOIN cohort c ON c.id = e.cohort_id" + where + " GROUP BY c.programme_id, e.learner_id) pe"
                // the participant sheet at entry of the first enrolment (the earliest entry, then the first recorded)
                + " JOIN (SELECT fe.* FROM (SELECT c.programme_id, e.learner_id, s.labour_status, s.unemployed_since,"
                + " s.isced_level, s.disability, s.third_country_national, s.foreign_background, s.minority,"
                + " s.homeless, s.rural_area,"
                + " ROW_NUMBER() OVER (PARTITION BY c.programme_id, e.learner_id ORDER BY e.entry_date, e.id) AS entry_rank"
                + " FROM enrolment e JOIN cohort c ON c.id = e.cohort_id JOIN enrolment_entry_sheet s ON s.enrolment_id = e.id"
                + where + ") fe WHERE fe.entry_rank = 1) ps ON ps.programme_id = pe.programme_id AND ps.learner_id = pe.learner_id"
                // per exit date, one flag per result indicator from the outcomes recorded for the enrolments left that day
                + " LEFT JOIN (SELECT c.programme_id, e.learner_id, e.exit_date" + flags
                + " FROM outcome o JOIN enrolment e ON e.id = o.enrolment_id JOIN cohort c ON c.id = e.cohort_id"
                + " WHERE " + condition + " GROUP BY c.programme_id, e.learner_id, e.exit_date) pr"
                + " ON pr.programme_id = pe.programme_id AND pr.learner_id = pe.learner_id AND pr.exit_date = pe.last_exit";
    }

    /** At start-up, before the first admin and the demo data: see {@link #fillIfEmpty}. */
    @Transactional
    public void onSchemaReady(@Observes @Priority(5) SchemaReady ready) {
        fillIfEmpty();
    }
}
