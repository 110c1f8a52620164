package org.tremplin.training.rest;

import java.util.List;
import org.tremplin.shared.rest.Inputs;
import org.tremplin.training.domain.Competence;
import org.tremplin.training.domain.TrainingSession;

/**
 * DESIGN.md's session shape, plus cancelled, the series it belongs to, whether attendance was taken
 * and the paper sheet filed, and version. To create a weekly series, POST {@code sessions/series}
 * with {@code weeks} and {@code skip} (dates without a session).
 */
public record SessionJson(Long id, Long cohortId, String date, String startTime, String endTime, String trainer,
        String place, String topic, List<String> competences, Boolean cancelled, Long seriesId,
        Boolean attendanceTaken, Boolean sheetOnFile, Integer minutes, Integer weeks, List<String> skip, Long version) {

    static SessionJson of(TrainingSession s) {
        return new SessionJson(s.getId(), s.getCohort().getId(), Inputs.text(s.getDate()), Inputs.text(s.getStartTime()),
                Inputs.text(s.getEndTime()), s.getTrainer(), s.getPlace(), s.getTopic(),
                s.getCompetenceList().stream().map(Competence::getCode).toList(), s.isCancelled(), s.getSeriesId(),
                s.isAttendanceTaken(), s.isSheetOnFile(), s.minutes(), null, null, s.getVersion());
    }
}
