package org.tremplin.programme.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import org.tremplin.learner.application.EnrolmentService;
import org.tremplin.learner.application.LearnerFilter;
import org.tremplin.learner.application.LearnerService;
import org.tremplin.learner.application.LearnerSort;
import org.tremplin.learner.domain.Enrolment;
import org.tremplin.learner.domain.Learner;
import org.tremplin.programme.application.ProgrammeService;
import org.tremplin.programme.domain.Cohort;
import org.tremplin.shared.domain.ConflictException;
import org.tremplin.shared.domain.NotFoundException;
import org.tremplin.shared.web.CsvWriter;
import org.tremplin.shared.web.Messages;

/** cohorts/view.xhtml: a cohort, its members, enrolling existing learners of its site, the CSV export. */
@Named
@ViewScoped
public class CohortBacking implements Serializable {

    static final int SUGGESTIONS = 10;

    @Inject
    ProgrammeService programmes;

    @Inject
    EnrolmentService enrolments;

    @Inject
    LearnerService learners;

    private Long id;
    private Cohort cohort;
    private List<Enrolment> members;
    private Learner learner;
    private LocalDate entryDate = LocalDate.now();

    /** View action: a cohort outside the user's sites is "not found". */
    public void load() {
        try {
            refresh();
        } catch (NotFoundException e) {
            FacesContext faces = FacesContext.getCurrentInstance();
            try {
                faces.getExternalContext().responseSendError(404, "");
            } catch (IOException io) {
                throw new UncheckedIOException(io);
            }
            faces.responseComplete();
        }
    }

    private void refresh() {
        cohort = programmes.cohort(id);
        members = enrolments.ofCohort(id);
    }

    /** Learners of the cohort's site whose name holds the text typed. */
    public List<Learner> complete(String text) {
        return learners.page(new LearnerFilter(text, cohort.getSite().getId(), null, null, null), LearnerSort.NAME,
                false, 0, SUGGESTIONS);
    }

    /** "Name — birth date", as the suggestions show a learner. */
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

    public void enrol() {
        try {
            enrolments.enrol(learner.getId(), id, entryDate);
            Messages.info("cohort.enrolled", learner.getFullName());
            learner = null;
            refresh();
        } catch (ConflictException e) {
            Messages.error("entryDate".equals(e.getField()) ? "cohort.enrolAfterEnd" : "cohort.alreadyEnrolled");
        }
    }

    public long getCompleteCount() {
        return members.stream().filter(e -> e.getLearner().isEsfComplete()).count();
    }

    /** The member list as CSV, written straight to the response. */
    public void export() throws IOException {
        CsvWriter csv = new CsvWriter().row(Messages.text("learner.lastName"), Messages.text("learner.firstName"),
                Messages.text("learner.birthDate"), Messages.text("enrolment.status"), Messages.text("enrolment.entryDate"),
                Messages.text("enrolment.exitDate"), Messages.text("learner.esf"));
        for (Enrolment e : members) {
            Learner l = e.getLearner();
            csv.row(l.getLastName(), l.getFirstName(), date(l.getBirthDate()), Messages.text("EnrolmentStatus." + e.getStatus()),
                    date(e.getEntryDate()), date(e.getExitDate()),
                    Messages.text(l.isEsfComplete() ? "general.yes" : "general.no"));
        }
        byte[] bytes = csv.toBytes();
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext response = faces.getExternalContext();
        response.responseReset();
        response.setResponseContentType(CsvWriter.CONTENT_TYPE);
        response.setResponseContentLength(bytes.length);
        response.setResponseHeader("Content-Disposition", "attachment; filename=\"" + fileName() + "\"");
        try (OutputStream out = response.getResponseOutputStream()) {
            out.write(bytes);
        }
        faces.responseComplete();
    }

    private static String date(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    /** The cohort's name in plain ASCII letters and digits, for the file name. */
    String fileName() {
        String ascii = Normalizer.normalize(cohort.getName(), Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-|-$", "");
        return (ascii.isEmpty() ? "cohort-" + id : ascii) + ".csv";
    }

    /** The autocomplete's learner by id, read again within the user's sites. */
    public Converter<Learner> getLearnerConverter() {
        return new Converter<>() {
            @Override
            public Learner getAsObject(FacesContext context, UIComponent component, String value) {
                if (value == null || value.isBlank()) {
                    return null;
                }
                try {
                    return learners.get(Long.valueOf(value));
                } catch (NumberFormatException | NotFoundException e) {
                    String text = Messages.text("cohort.learner.unknown");
                    throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
                }
            }

            @Override
            public String getAsString(FacesContext context, UIComponent component, Learner value) {
                return value == null || value.getId() == null ? "" : value.getId().toString();
            }
        };
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Cohort getCohort() { return cohort; }
    public List<Enrolment> getMembers() { return members; }
    public Learner getLearner() { return learner; }
    public void setLearner(Learner learner) { this.learner = learner; }
    public LocalDate getEntryDate() { return entryDate; }
    public void setEntryDate(LocalDate entryDate) { this.entryDate = entryDate; }
}
