package org.tremplin.privacy.domain;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** The dry run: the period, the cutoff day and who is past it. */
public record RetentionPlan(int years, LocalDate cutoff, List<Candidate> candidates) implements Serializable {
    /** A learner to anonymise: no names, only what the admin needs to check the rule. */
    public record Candidate(long learnerId, String site, LocalDate lastExit) implements Serializable {
    }
}
