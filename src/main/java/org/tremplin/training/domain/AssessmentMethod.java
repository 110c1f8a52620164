package org.tremplin.training.domain;

/** Who judged the levels: the learner, the trainer, or a Pix test result. */
public enum AssessmentMethod {
    SELF, TRAINER, PIX
}
