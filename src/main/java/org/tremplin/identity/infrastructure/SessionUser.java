package org.tremplin.identity.infrastructure;

import java.io.Serializable;
import java.util.Set;

/** Who is logged in on a browser session; kept in the HTTP session (serialisable for clustering). */
public record SessionUser(String username, Set<String> groups) implements Serializable {
    public static final String ATTRIBUTE = "tremplin.user";
}
