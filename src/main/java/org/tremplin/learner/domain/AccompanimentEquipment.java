package org.tremplin.learner.domain;

/** The equipment a one-off accompaniment was done on. */
public enum AccompanimentEquipment {
    OWN_PHONE, OWN_COMPUTER, SITE_COMPUTER, SITE_TABLET, NONE
}
