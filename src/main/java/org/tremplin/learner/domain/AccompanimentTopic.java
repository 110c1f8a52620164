package org.tremplin.learner.domain;

/**
 * What a one-off accompaniment was about, after the themes of La Coop de la médiation numérique's activity
 * records.
 */
public enum AccompanimentTopic {
    DEVICE_BASICS, INTERNET, EMAIL, OFFICE_SOFTWARE, ONLINE_PROCEDURES, EMPLOYMENT, HEALTH, MONEY, SAFETY,
    SOCIAL_MEDIA, SCHOOL_PARENTING, OTHER
}
