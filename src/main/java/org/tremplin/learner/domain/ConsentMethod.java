package org.tremplin.learner.domain;

/** How a consent was given. */
public enum ConsentMethod { SIGNED_FORM, ORAL, ONLINE }
