package org.tremplin.identity.infrastructure;

import java.io.Serializable;
import java.util.Set;

/**
 * Who is logged in on a browser session, with the name the header shows (read once, at login); kept in the
 * HTTP session (serialisable for clustering).
 */
public record SessionUser(String username, String displayName, Set<String> groups) implements Serializable {
    public static final String ATTRIBUTE = "tremplin.user";
}
