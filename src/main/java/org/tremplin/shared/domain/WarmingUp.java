package org.tremplin.shared.domain;

import java.util.List;
import java.util.Optional;

/**
 * A CDI event: the start-up warm-up (shared.web.StartupWarmUp) asks each feature to run once, in the app, what its
 * main pages read and that the warm-up's own requests cannot (their caller sees no one): the statements as a
 * coordinator's pages write them (for {@link #NO_SITE}: the same text as for real sites, compiled once by JPA and
 * prepared by the driver), and the building of records from rows (a page of every site's, not the first any list
 * shows). Observers read and drop; nothing is written, shown or sent, and no one's record is kept but in the
 * persistence cache, as any page would leave it.
 */
public record WarmingUp() {

    /** A scope of the shape of a coordinator's (a list of sites) holding a site that cannot exist (ids are positive). */
    public static final Optional<List<Long>> NO_SITE = Optional.of(List.of(-1L));
}
