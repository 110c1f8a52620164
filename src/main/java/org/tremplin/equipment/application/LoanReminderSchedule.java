package org.tremplin.equipment.application;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.LocalDate;
import org.tremplin.shared.application.ScheduledRuns;

/**
 * Sends the loan reminders every morning at 7:00 (server time), once per cluster (ScheduledRuns).
 * Non-persistent: a missed run is not replayed.
 */
@Singleton
public class LoanReminderSchedule {

    @Inject
    LoanReminders reminders;

    @Inject
    ScheduledRuns runs;

    @Schedule(hour = "7", minute = "0", persistent = false)
    void daily() {
        LocalDate today = LocalDate.now();
        if (runs.claim("loan-reminders", today)) {
            reminders.send(today);
        }
    }
}
