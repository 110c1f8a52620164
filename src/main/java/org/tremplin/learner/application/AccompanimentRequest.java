package org.tremplin.learner.application;

import java.time.LocalDate;
import org.tremplin.learner.domain.AccompanimentEquipment;
import org.tremplin.learner.domain.AccompanimentTopic;

/** A one-off accompaniment to record: {@code happenedOn} null means today. */
public record AccompanimentRequest(Long siteId, LocalDate happenedOn, AccompanimentTopic topic, Integer durationMinutes,
        AccompanimentEquipment equipmentUsed, String firstName, String note) {
}
