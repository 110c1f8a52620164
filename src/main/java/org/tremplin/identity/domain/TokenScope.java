package org.tremplin.identity.domain;

import java.util.Set;

/** What a personal access token may do with its owner's rights: read only, or read and write. */
public enum TokenScope {
    READ, WRITE;

    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    /** Whether a request of this HTTP method is within the scope (a READ token only reads). */
    public boolean allows(String method) {
        return this == WRITE || SAFE.contains(method);
    }
}
