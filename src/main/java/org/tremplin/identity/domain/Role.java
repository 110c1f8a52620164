package org.tremplin.identity.domain;

import java.util.Locale;

/** What an account may do; the lower-case name is the security role and group. */
public enum Role {
    ADMIN, COORDINATOR, TRAINER, FUNDER;

    public static final String ADMIN_NAME = "admin";
    public static final String COORDINATOR_NAME = "coordinator";
    public static final String TRAINER_NAME = "trainer";
    public static final String FUNDER_NAME = "funder";

    public String group() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Admins see every site; the others only the sites of their account. */
    public boolean seesAllSites() {
        return this == ADMIN;
    }
}
