package org.tremplin.learner.application.importing;

import java.util.List;

/** What an import did: rows read, learners stored, and each refused row with its line and reasons. */
public record ImportReport(int rows, int imported, List<RowError> errors) implements java.io.Serializable {

    public record RowError(int line, List<String> messages) implements java.io.Serializable {
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }
}
