package org.tremplin.report.infrastructure;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.util.Map;
import java.util.Set;
import org.tremplin.learner.domain.EsfRules;
import org.tremplin.learner.domain.Learner;
import org.tremplin.shared.infrastructure.KeptFromEntities;
import org.tremplin.shared.infrastructure.SchemaReady;

/**
 * The home page's learner counts, kept per site as learners are written: a site's learners, and those of them whose
 * ESF+ participant sheet lacks a mandatory field or any contact ({@link EsfRules}). The home page adds up the rows
 * of the caller's sites instead of reading every learner of them.
 * <p>
 * Kept in the transaction that writes ({@link KeptFromEntities}): the rows of the sites of the learners written are
 * computed again (a site's learners, through its index); a learner moved to another site has every row computed
 * again. Computed whole at a start that finds the table empty while learners exist. {@link #compute} is the one
 * definition; a test checks it against counting the learners, and against the learner's own rule.
 */
@ApplicationScoped
public class SiteLearnerCounts extends KeptFromEntities {

    static final String TABLE = "site_learner_count";
    public static final String COLUMNS = "site_id, learners, incomplete";

    /** Every row, computed whole (the benchmark's data generator, whose rows bypass the app). */
    public static final String[] REBUILD = rebuild(TABLE, COLUMNS, SiteLearnerCounts::compute);

    public SiteLearnerCounts() {
        super(TABLE, COLUMNS, SiteLearnerCounts::compute, "learner",
                Map.of(Learner.class, "SELECT w.site_id FROM learner w WHERE w.id IN (%s)"), Map.of(Learner.class, Set.of("site")),
                "site_id", "l.site_id", "the home page's learner counts of their sites may be wrong until a learner of them is written again");
    }

    /** The rows (in {@link #COLUMNS}' order) of the sites of the learners {@code condition} keeps (on the learner {@code l}). */
    public static String compute(String condition) {
        return "SELECT l.site_id, COUNT(*), SUM(CASE WHEN " + EsfRules.incomplete(EsfRules.Query.SQL, "l") + " THEN 1 ELSE 0 END)"
                + " FROM learner l WHERE " + condition + " GROUP BY l.site_id";
    }

    /** At start-up, before the first admin and the demo data: see {@link #fillIfEmpty}. */
    @Transactional
    public void onSchemaReady(@Observes @Priority(5) SchemaReady ready) {
        fillIfEmpty();
    }
}
