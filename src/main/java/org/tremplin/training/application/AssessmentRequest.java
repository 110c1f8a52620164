package org.tremplin.training.application;

import java.time.LocalDate;
import java.util.Map;
import org.tremplin.training.domain.AssessmentKind;
import org.tremplin.training.domain.AssessmentMethod;

/** A skill assessment to record: DigComp code → level 1–8. */
public record AssessmentRequest(Long learnerId, LocalDate date, AssessmentKind kind, AssessmentMethod method,
        Map<String, Integer> levels, String note) {
}
