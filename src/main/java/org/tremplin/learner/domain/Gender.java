package org.tremplin.learner.domain;

/** As ESF+ reporting splits every figure. */
public enum Gender { WOMAN, MAN, NON_BINARY }
