package org.tremplin.shared.application;

import java.util.List;
import java.util.Optional;

/**
 * Who makes this request and which records it may see, as every feature asks it. The identity feature answers
 * (its {@code CurrentUser}); the features it builds on (programmes and sites) ask through this interface, so that
 * the dependency points one way.
 */
public interface Caller {

    boolean isFunder();

    /** Empty when the caller sees every site (admin), else the ids of its sites (maybe none). */
    Optional<List<Long>> siteScope();

    /** Throws not-found for a record of a site outside the caller's scope (no existence leak). */
    void checkSite(Long siteId, String what, Object id);

    /** The programmes a funder reads. */
    List<Long> fundedProgrammeIds();
}
