package org.tremplin.privacy.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.tremplin.learner.application.LearnerService;
import org.tremplin.privacy.domain.RetentionPlan;
import org.tremplin.privacy.infrastructure.RetentionQueries;

/**
 * Retention: a learner is anonymised {@value #DEFAULT_YEARS} years (TREMPLIN_RETENTION_YEARS) after
 * their last exit, once no enrolment is open. The dry run lists who would be; the run anonymises each
 * in a transaction of its own (one failure does not undo the others), each logged in the audit trail.
 */
@ApplicationScoped
public class RetentionService {

    public static final String YEARS = "TREMPLIN_RETENTION_YEARS";
    public static final int DEFAULT_YEARS = 5;
    private static final Logger LOG = Logger.getLogger(RetentionService.class.getName());

    @Inject
    RetentionQueries queries;

    @Inject
    LearnerService learners;

    @Inject
    Config config;

    /** What a run on {@code today} would anonymise. */
    public RetentionPlan plan(LocalDate today) {
        LocalDate cutoff = today.minusYears(years());
        return new RetentionPlan(years(), cutoff, queries.due(cutoff));
    }

    /** Anonymises every learner of the plan; returns how many were. */
    public int run(LocalDate today) {
        RetentionPlan plan = plan(today);
        int done = 0;
        for (RetentionPlan.Candidate c : plan.candidates()) {
            try {
                learners.anonymiseAtEndOfRetention(c.learnerId());
                done++;
            } catch (RuntimeException e) {
                LOG.warning("Retention: learner " + c.learnerId() + " not anonymised: " + e);
            }
        }
        LOG.info("Retention: " + done + " of " + plan.candidates().size() + " learners anonymised (last exit before "
                + plan.cutoff() + ")");
        return done;
    }

    public int years() {
        return Math.max(1, config.getOptionalValue(YEARS, Integer.class).orElse(DEFAULT_YEARS));
    }
}
