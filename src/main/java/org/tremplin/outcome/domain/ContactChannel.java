package org.tremplin.outcome.domain;

/** How a person was tried for their follow-up. */
public enum ContactChannel {
    PHONE, SMS, EMAIL, LETTER, IN_PERSON
}
