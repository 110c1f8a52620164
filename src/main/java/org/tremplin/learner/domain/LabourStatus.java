package org.tremplin.learner.domain;

/** Labour-market status at entry (EECO02/04/05 partition the participants). */
public enum LabourStatus { EMPLOYED, UNEMPLOYED, INACTIVE }
