package org.tremplin.outcome.domain;

/**
 * What is wrong with an outcome as entered: the field it concerns and a message an API client can act
 * on (screens show the bundle text {@code outcome.problem.<NAME>} instead).
 */
public enum OutcomeProblem {
    NO_SITUATION("situation", "Tick at least one situation, or \"unknown\" when the learner could not be reached."),
    UNKNOWN_WITH_OTHERS("situation", "\"Unknown\" cannot go with another situation."),
    INACTIVE_WITH_WORK("inactive", "An inactive person is neither employed nor job searching."),
    CONTRACT_MISSING("contractType", "Give the contract type of the job."),
    CONTRACT_WITHOUT_JOB("contractType", "A contract type is only given when the learner is employed."),
    BETTER_AT_EXIT("betterSituation", "A better labour-market situation is observed six months after exit, not at exit."),
    DATE_MISSING("observedOn", "Give the date the situation was observed."),
    DATE_IN_FUTURE("observedOn", "The observation date cannot be in the future."),
    DATE_OUTSIDE_WINDOW("observedOn", "The observation date must fall within the follow-up window.", true),
    SOURCE_MISSING("source", "Say how the situation is known: declaration, document or survey."),
    STILL_ENROLLED("enrolmentId", "The learner has not left this cohort yet: record the exit first.", true);

    private final String field;
    private final String message;
    private final boolean fromStoredState;

    OutcomeProblem(String field, String message) {
        this(field, message, false);
    }

    OutcomeProblem(String field, String message, boolean fromStoredState) {
        this.field = field;
        this.message = message;
        this.fromStoredState = fromStoredState;
    }

    /**
     * Whether only the stored enrolment shows the problem (its exit, or lack of one): a conflict (409) rather
     * than a bad request (400) on the API.
     */
    public boolean fromStoredState() { return fromStoredState; }

    public String field() { return field; }
    public String message() { return message; }
}
