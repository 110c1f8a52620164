package org.tremplin.training.domain;

import java.io.Serializable;
import java.time.LocalDate;

/** What a session list shows: a cohort, a trainer, a period (each optional), and cancelled ones or not. */
public record SessionFilter(Long cohortId, String trainer, LocalDate from, LocalDate to,
        boolean withCancelled) implements Serializable {

    public static SessionFilter all() {
        return new SessionFilter(null, null, null, null, true);
    }
}
