package org.tremplin.equipment.application;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.LocalDate;

/** Sends the loan reminders every morning at 7:00 (server time). Non-persistent: a missed run is not replayed. */
@Singleton
public class LoanReminderSchedule {

    @Inject
    LoanReminders reminders;

    @Schedule(hour = "7", minute = "0", persistent = false)
    void daily() {
        reminders.send(LocalDate.now());
    }
}
