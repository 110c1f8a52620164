package org.tremplin.report.infrastructure;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.util.Map;
import org.tremplin.learner.domain.Enrolment;
import org.tremplin.programme.domain.Cohort;
import org.tremplin.shared.infrastructure.KeptFromEntities;
import org.tremplin.shared.infrastructure.SchemaReady;

/**
 * The sites of each person enrolled at more than one site of a programme, one row per site, kept as enrolments and
 * cohorts are written. Over a scope of several sites, the programme figures kept per site ({@link
 * SiteEnrolmentCounts}) count such a person at each site of the scope that enrolled them: the home page takes off
 * the rows of the scope's sites beyond the first of each person (the rows less the people), and counts everyone
 * once without reading the enrolments.
 * <p>
 * Kept in the transaction that writes ({@link KeptFromEntities}): the rows of the people of each enrolment or cohort
 * written (a cohort's are those enrolled in it) are computed again. Computed whole at a start that finds the table
 * empty while enrolments exist. {@link #compute} is the one definition; a test checks the figures read with it
 * against counting the enrolments.
 */
@ApplicationScoped
public class MultiSitePersons extends KeptFromEntities {

    static final String TABLE = "multi_site_person";
    public static final String COLUMNS = "programme_id, learner_id, site_id";

    /** Every row, computed whole (the benchmark's data generator, whose rows bypass the app). */
    public static final String[] REBUILD = rebuild(TABLE, COLUMNS, MultiSitePersons::compute);

    /** The people of the rows of each entity written, given their ids: a cohort's are those enrolled in it. */
    private static final Map<Class<?>, String> PEOPLE = Map.of(
            Enrolment.class, ProgrammePersons.Keys.ENROLMENT_PEOPLE, Cohort.class, ProgrammePersons.Keys.COHORT_PEOPLE);

    public MultiSitePersons() {
        super(TABLE, COLUMNS, MultiSitePersons::compute, "enrolment", PEOPLE, "learner_id", "e.learner_id",
                "the home page may count them more than once until they are written again");
    }

    /**
     * The rows (in {@link #COLUMNS}' order) of the people whose enrolments {@code condition} keeps (on the enrolment
     * {@code e} and its cohort {@code c}; whole people: all their enrolments, or none).
     */
    public static String compute(String condition) {
        return "SELECT s.programme_id, s.learner_id, s.site_id FROM (SELECT c.programme_id, e.learner_id, c.site_id,"
                + " COUNT(*) OVER (PARTITION BY c.programme_id, e.learner_id) AS sites"
                + " FROM enrolment e JOIN cohort c ON c.id = e.cohort_id WHERE " + condition
                + " GROUP BY c.programme_id, e.learner_id, c.site_id) s WHERE s.sites > 1";
    }

    /** At start-up, before the first admin and the demo data: see {@link #fillIfEmpty}. */
    @Transactional
    public void onSchemaReady(@Observes @Priority(5) SchemaReady ready) {
        fillIfEmpty();
    }
}
