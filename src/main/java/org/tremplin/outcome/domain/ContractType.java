package org.tremplin.outcome.domain;

/** The kind of job of an employed learner. */
public enum ContractType {
    PERMANENT, FIXED_TERM_6M_PLUS, FIXED_TERM_UNDER_6M, TEMPORARY_AGENCY, APPRENTICESHIP, SELF_EMPLOYED;

    /** A lasting job: permanent, six months or more, work-study or one's own business. */
    public boolean isLasting() {
        return this != FIXED_TERM_UNDER_6M && this != TEMPORARY_AGENCY;
    }
}
