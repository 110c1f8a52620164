package org.tremplin.programme.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.convert.Converter;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.tremplin.programme.application.ProgrammeService;
import org.tremplin.programme.domain.Cohort;
import org.tremplin.shared.web.EntityConverter;

/**
 * Finding a cohort by name in a p:autoComplete: a few suggestions from the user's sites, newest first,
 * however many cohorts a programme has run (a drop-down of them all grows with every cohort), and the
 * converter that reads the choice again within the user's sites.
 */
@Named
@ApplicationScoped
public class CohortPicker {

    static final int SUGGESTIONS = 12;

    @Inject
    ProgrammeService programmes;

    /** Cohorts whose name holds the text, of one programme or of all ({@code programmeId} null). */
    public List<Cohort> complete(String text, Long programmeId) {
        return programmes.findCohorts(programmeId, text, SUGGESTIONS);
    }

    /** The chosen cohort by id, read again within the user's sites. */
    public Converter<Cohort> getConverter() {
        return new EntityConverter<>(programmes::cohort, "cohort.unknown");
    }
}
