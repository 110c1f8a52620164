package org.tremplin.programme.web;

import jakarta.faces.application.FacesMessage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.tremplin.programme.application.ProgrammeService;
import org.tremplin.programme.domain.Cohort;
import org.tremplin.shared.web.Messages;

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

    public Converter<Cohort> getConverter() {
        return new Converter<>() {
            @Override
            public Cohort getAsObject(FacesContext context, UIComponent component, String value) {
                if (value == null || value.isBlank()) {
                    return null;
                }
                try {
                    return programmes.cohort(Long.valueOf(value));
                } catch (RuntimeException e) { // not a number, unknown, or another site's
                    String text = Messages.text("cohort.unknown");
                    throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
                }
            }

            @Override
            public String getAsString(FacesContext context, UIComponent component, Cohort value) {
                return value == null || value.getId() == null ? "" : value.getId().toString();
            }
        };
    }
}
