package org.tremplin.privacy.application;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.LocalDate;
import org.tremplin.shared.application.ScheduledRuns;

/**
 * Runs the retention rule every night at 3:30 (server time), once per cluster (ScheduledRuns).
 * Non-persistent: the next night catches up.
 */
@Singleton
public class RetentionSchedule {

    @Inject
    RetentionService retention;

    @Inject
    ScheduledRuns runs;

    @Schedule(hour = "3", minute = "30", persistent = false)
    void nightly() {
        LocalDate today = LocalDate.now();
        if (runs.claim("retention", today)) {
            retention.run(today);
        }
    }
}
