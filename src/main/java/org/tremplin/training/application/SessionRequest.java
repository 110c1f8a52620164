package org.tremplin.training.application;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * A session to create or change. With {@code weeks} above 1 it is a weekly series starting on
 * {@code date}, less the {@code skip} dates.
 */
public record SessionRequest(Long cohortId, LocalDate date, LocalTime startTime, LocalTime endTime, String trainer,
        String place, String topic, List<String> competences, int weeks, List<LocalDate> skip) {
}
