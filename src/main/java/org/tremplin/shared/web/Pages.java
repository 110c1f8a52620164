package org.tremplin.shared.web;

import org.omnifaces.util.Faces;
import org.tremplin.shared.domain.NotFoundException;

/** What a page's view action does when its record is missing or outside the user's scope. */
public final class Pages {

    private Pages() {
    }

    /** Runs a view action's loading; a record missing or outside the user's scope answers 404. */
    public static void load(Runnable loading) {
        try {
            loading.run();
        } catch (NotFoundException e) {
            notFound();
        }
    }

    /** Answers 404 (the error page) and stops rendering: no existence leak for other sites' records. */
    public static void notFound() {
        Faces.responseSendError(404, "");
    }
}
