package org.tremplin.report.infrastructure;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.util.Map;
import java.util.Set;
import org.tremplin.learner.domain.Enrolment;
import org.tremplin.programme.domain.Cohort;
import org.tremplin.shared.infrastructure.KeptFromEntities;
import org.tremplin.shared.infrastructure.SchemaReady;

/**
 * The home page's programme figures, kept per site and programme as enrolments and cohorts are written: the people
 * enrolled in the site's cohorts of the programme (each once, however often re-enrolled), their enrolments still
 * open (no exit) and closed. The home page adds up the rows of the caller's sites instead of reading every
 * enrolment of them; a person enrolled at several of those sites is counted once by the help of the rows of their
 * sites ({@link MultiSitePersons}), see {@code DashboardQueries}.
 * <p>
 * Kept in the transaction that writes ({@link KeptFromEntities}): the rows of the sites of the enrolments and
 * cohorts written are computed again (the site's enrolments); an enrolment moved to another cohort, or a cohort to
 * another site or programme, has every row computed again. Computed whole at a start that finds the table empty
 * while enrolments exist. {@link #compute} is the one definition; a test checks the figures read from it against
 * counting the enrolments.
 */
@ApplicationScoped
public class SiteEnrolmentCounts extends KeptFromEntities {

    static final String TABLE = "site_enrolment_count";
    public static final String COLUMNS = "site_id, programme_id, participants, active, exited";

    /** Every row, computed whole (the benchmark's data generator, whose rows bypass the app). */
    public static final String[] REBUILD = rebuild(TABLE, COLUMNS, SiteEnrolmentCounts::compute);

    /** The sites of the rows of each entity written, given their ids. */
    private static final Map<Class<?>, String> SITES = Map.of(
            Enrolment.class, "SELECT c.site_id FROM enrolment w JOIN cohort c ON c.id = w.cohort_id WHERE w.id IN (%s)",
            Cohort.class, "SELECT w.site_id FROM cohort w WHERE w.id IN (%s)");

    public SiteEnrolmentCounts() {
        super(TABLE, COLUMNS, SiteEnrolmentCounts::compute, "enrolment", SITES,
                Map.of(Enrolment.class, Set.of("cohort"), Cohort.class, Set.of("site", "programme")), "site_id", "c.site_id",
                "the home page's programme figures of their sites may be wrong until an enrolment of them is written again");
    }

    /** The rows (in {@link #COLUMNS}' order) of the sites {@code condition} keeps (on the enrolment {@code e} and its cohort {@code c}). */
    public static String compute(String condition) {
        return "SELECT c.site_id, c.programme_id, COUNT(DISTINCT e.learner_id), SUM(CASE WHEN e.exit_date IS NULL THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN e.exit_date IS NULL THEN 0 ELSE 1 END)"
                + " FROM enrolment e JOIN cohort c ON c.id = e.cohort_id WHERE " + condition + " GROUP BY c.site_id, c.programme_id";
    }

    /** At start-up, before the first admin and the demo data: see {@link #fillIfEmpty}. */
    @Transactional
    public void onSchemaReady(@Observes @Priority(5) SchemaReady ready) {
        fillIfEmpty();
    }
}
