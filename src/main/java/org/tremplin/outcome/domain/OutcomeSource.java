package org.tremplin.outcome.domain;

/** How the situation was learnt: the learner said so, a document shows it, or the six-month survey. */
public enum OutcomeSource {
    DECLARATION, DOCUMENT, SURVEY
}
