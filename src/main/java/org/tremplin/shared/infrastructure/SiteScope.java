package org.tremplin.shared.infrastructure;

import java.util.List;

/**
 * A caller's sites in a JPQL statement. On PostgreSQL, one array parameter ({@code site = ANY(?)}), not a list
 * parameter, which EclipseLink writes out as {@code IN (?, ?, …)}: once PostgreSQL caches a generic plan for a
 * statement (after its fifth run), it builds that list into an array again for every row it reads. Over a
 * coordinator's 90,000 learners (the learner list's deep pages and its total) that was 43 ms against 17 ms; an array
 * parameter is read as it is, and the statement's text is the same whatever the number of sites. On embedded H2,
 * which caches no plan, the list: EclipseLink writes H2's statements with a function's parameters in their text,
 * where an array has no literal form.
 */
public final class SiteScope {

    /** The parameter's name in the statements. */
    public static final String PARAMETER = "scopeSites";

    /** Whether the app's database is PostgreSQL. */
    private static final boolean ARRAY = TremplinDataSource.configuredForPostgres();

    private SiteScope() {
    }

    /** The predicate "the site at this path (e.g. {@code l.siteId}) is one of the caller's", for JPQL. */
    public static String contains(String sitePath) {
        return ARRAY ? "SQL('? = ANY(?)', " + sitePath + ", :" + PARAMETER + ")" : sitePath + " IN :" + PARAMETER;
    }

    /** The parameter's value for these sites (none: no site matches). */
    public static Object value(List<Long> sites) {
        if (ARRAY) {
            return sites.toArray(Long[]::new);
        }
        return sites.isEmpty() ? List.of(-1L) : sites; // "IN ()" is no SQL
    }
}
