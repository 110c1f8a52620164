package org.tremplin.learner.domain;

/** What a learner agrees to, each given or withdrawn on its own. */
public enum ConsentPurpose {
    /** Processing of the record for the programme's follow-up and reporting. */
    PROGRAMME_FOLLOW_UP,
    /** Being contacted six months after leaving for the outcome survey. */
    SIX_MONTH_SURVEY,
    /** Photos taken during workshops. */
    PHOTOS
}
