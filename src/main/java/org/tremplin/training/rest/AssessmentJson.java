package org.tremplin.training.rest;

import java.util.Map;
import java.util.TreeMap;
import org.tremplin.shared.rest.Inputs;
import org.tremplin.training.domain.Assessment;

/** DESIGN.md's assessment shape ({@code levels}: DigComp code → 1–8), plus the assessor, a note and the version. */
public record AssessmentJson(Long id, Long learnerId, String date, String kind, String method,
        Map<String, Object> levels, String assessor, String note, Long version) {

    static AssessmentJson of(Assessment a) {
        return new AssessmentJson(a.getId(), a.getLearner().getId(), Inputs.text(a.getAssessedOn()), Inputs.text(a.getKind()),
                Inputs.text(a.getMethod()), new TreeMap<>(a.getLevels()), a.getAssessor(), a.getNote(), a.getVersion());
    }
}
