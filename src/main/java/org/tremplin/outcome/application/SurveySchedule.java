package org.tremplin.outcome.application;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.logging.Logger;
import org.tremplin.shared.application.ScheduledRuns;

/**
 * Every morning at 9:00 (server time), once per cluster: the six-month survey links of the exits reaching six
 * months and the reminders of the open ones. Non-persistent: a missed run is caught up the next morning
 * (an exit stays due for the whole six-month window).
 */
@Singleton
public class SurveySchedule {

    private static final Logger LOG = Logger.getLogger(SurveySchedule.class.getName());

    @Inject
    SurveyService surveys;

    @Inject
    ScheduledRuns runs;

    @Schedule(hour = "9", minute = "0", persistent = false)
    void daily() {
        LocalDate today = LocalDate.now();
        if (runs.claim("six-month-survey", today)) {
            SurveyService.Run run = surveys.nightly(today);
            LOG.info(() -> "Six-month survey: " + run.invited() + " link(s) sent, " + run.reminded() + " reminder(s), "
                    + run.failed() + " failure(s)");
        }
    }
}
