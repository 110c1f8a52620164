package org.tremplin.outcome.domain;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * What a learner answers to the six-month survey, question by question (null: not answered), and the
 * situation it gives: working (with the contract), in training, a qualification gained, looking for work,
 * better off than at entry; none of the first four is "inactive".
 */
public record SurveyAnswers(Boolean employed, ContractType contract, Boolean inEducation, Boolean qualification,
        Boolean jobSearching, Boolean better) implements Serializable {

    /** The questions, in the page's order: each is a bundle key {@code survey.q.<name>}. */
    public enum Question { EMPLOYED, CONTRACT, EDUCATION, QUALIFICATION, JOB_SEARCHING, BETTER }

    /** The questions left unanswered (the contract only when working), in the page's order. */
    public List<Question> unanswered() {
        List<Question> missing = new ArrayList<>();
        if (employed == null) {
            missing.add(Question.EMPLOYED);
        } else if (employed && contract == null) {
            missing.add(Question.CONTRACT);
        }
        if (inEducation == null) {
            missing.add(Question.EDUCATION);
        }
        if (qualification == null) {
            missing.add(Question.QUALIFICATION);
        }
        if (jobSearching == null) {
            missing.add(Question.JOB_SEARCHING);
        }
        if (better == null) {
            missing.add(Question.BETTER);
        }
        return missing;
    }

    /** The situation answered; call once {@link #unanswered()} is empty. */
    public Situation situation() {
        boolean working = Boolean.TRUE.equals(employed);
        boolean looking = Boolean.TRUE.equals(jobSearching);
        boolean training = Boolean.TRUE.equals(inEducation);
        boolean qualified = Boolean.TRUE.equals(qualification);
        boolean inactive = !working && !looking && !training && !qualified;
        return new Situation(looking, training, qualified, working, working ? contract : null,
                Boolean.TRUE.equals(better), inactive, false);
    }
}
