package org.tremplin.shared.application;

import java.io.Serializable;
import java.util.List;

/** What an import (learners, equipment) did: rows read, records stored, and each refused row with its line and reasons. */
public record ImportReport(int rows, int imported, List<RowError> errors) implements Serializable {

    public record RowError(int line, List<String> messages) implements Serializable {
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }
}
