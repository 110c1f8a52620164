package org.tremplin.privacy.application;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.LocalDate;

/** Runs the retention rule every night at 3:30 (server time). Non-persistent: the next night catches up. */
@Singleton
public class RetentionSchedule {

    @Inject
    RetentionService retention;

    @Schedule(hour = "3", minute = "30", persistent = false)
    void nightly() {
        retention.run(LocalDate.now());
    }
}
