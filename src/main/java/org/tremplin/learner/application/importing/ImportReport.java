package org.tremplin.learner.application.importing;

import java.util.List;

/** What an import did: rows read, learners stored, and each refused row with its line and reasons. */
public record ImportReport(int rows, int imported, List<RowError> errors) {

    public record RowError(int line, List<String> messages) {
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }
}
