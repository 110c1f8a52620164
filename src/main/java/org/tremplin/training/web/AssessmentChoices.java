package org.tremplin.training.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.tremplin.training.domain.AssessmentKind;
import org.tremplin.training.domain.AssessmentMethod;
import org.tremplin.training.domain.DigCompLevel;

/** The choices of the assessment forms (one learner, a session's group): kinds, methods, levels 1–8 and their band. */
@Named
@ApplicationScoped
public class AssessmentChoices {

    private static final int[] LEVELS = {1, 2, 3, 4, 5, 6, 7, 8};

    public String band(int level) { return DigCompLevel.bandOf(level).name(); }
    public int[] getLevels() { return LEVELS.clone(); }
    public AssessmentKind[] getKinds() { return AssessmentKind.values(); }
    public AssessmentMethod[] getMethods() { return AssessmentMethod.values(); }
}
