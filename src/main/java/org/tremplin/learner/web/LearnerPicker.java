package org.tremplin.learner.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import org.tremplin.learner.application.LearnerService;
import org.tremplin.learner.domain.Learner;
import org.tremplin.learner.domain.LearnerFilter;
import org.tremplin.learner.domain.LearnerSort;
import org.tremplin.shared.web.EntityConverter;

/**
 * Finding a learner by name in a p:autoComplete: suggestions from the user's sites, the label
 * "Name — birth date" that tells namesakes apart, and the converter that reads the choice again.
 */
@Named
@ApplicationScoped
public class LearnerPicker {

    static final int SUGGESTIONS = 10;

    @Inject
    LearnerService learners;

    /** Learners whose name holds the text, in one site or in all the user's sites ({@code siteId} null). */
    public List<Learner> complete(String text, Long siteId) {
        return learners.page(new LearnerFilter(text, siteId, null, null, null), LearnerSort.NAME, false, 0, SUGGESTIONS);
    }

    public List<Learner> complete(String text) {
        return complete(text, null);
    }

    public String label(Learner l) {
        if (l == null) {
            return "";
        }
        if (l.getBirthDate() == null) {
            return l.getFullName();
        }
        return l.getFullName() + " — " + l.getBirthDate().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(FacesContext.getCurrentInstance().getViewRoot().getLocale()));
    }

    /** The chosen learner by id, read again within the user's sites. */
    public Converter<Learner> getConverter() {
        return new EntityConverter<>(learners::get, "cohort.learner.unknown");
    }
}
