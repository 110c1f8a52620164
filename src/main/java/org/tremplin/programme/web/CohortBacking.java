package org.tremplin.programme.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Serializable;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.tremplin.identity.web.Reauthentication;
import org.tremplin.equipment.application.LoanService;
import org.tremplin.learner.application.EnrolmentService;
import org.tremplin.learner.application.LearnerService;
import org.tremplin.learner.domain.Enrolment;
import org.tremplin.learner.domain.Learner;
import org.tremplin.learner.web.LearnerPicker;
import org.tremplin.programme.application.ProgrammeService;
import org.tremplin.programme.domain.Cohort;
import org.tremplin.shared.domain.ConflictException;
import org.tremplin.shared.infrastructure.CsvWriter;
import org.tremplin.shared.web.Messages;
import org.tremplin.shared.web.Pages;

/** cohorts/view.xhtml: a cohort, its members, enrolling existing learners of its site, the CSV export. */
@Named
@ViewScoped
public class CohortBacking implements Serializable {


    @Inject
    LearnerPicker picker;

    @Inject
    Reauthentication reauthentication;

    @Inject
    LoanService loans;

    @Inject
    ProgrammeService programmes;

    @Inject
    EnrolmentService enrolments;

    @Inject
    LearnerService learners;

    private Long id;
    private Cohort cohort;
    private List<Enrolment> members;
    private Map<Long, LocalDate> held;
    private Learner learner;
    private LocalDate entryDate = LocalDate.now();

    /** View action: a cohort outside the user's sites is "not found". */
    public void load() {
        Pages.load(this::refresh);
    }

    private void refresh() {
        cohort = programmes.cohort(id);
        members = enrolments.ofCohort(id);
        held = loans.heldInCohort(id);
    }

    /** Learners of the cohort's site whose name holds the text typed. */
    public List<Learner> complete(String text) {
        return picker.complete(text, cohort.getSite().getId());
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
    /** The members as CSV; a bulk export of people, so the password must have been typed again lately. */
    public void export() throws IOException {
        if (!reauthentication.isFresh()) {
            Messages.error("reauth.needed");
            return;
        }
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

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Cohort getCohort() { return cohort; }
    public List<Enrolment> getMembers() { return members; }
    /** Members holding an item: learner id → the earliest due date of their open loans. */
    public Map<Long, LocalDate> getHeld() { return held; }
    public long getOverdueCount() { return held.values().stream().filter(d -> d.isBefore(LocalDate.now())).count(); }
    public LocalDate getToday() { return LocalDate.now(); }
    public Learner getLearner() { return learner; }
    public void setLearner(Learner learner) { this.learner = learner; }
    public LocalDate getEntryDate() { return entryDate; }
    public void setEntryDate(LocalDate entryDate) { this.entryDate = entryDate; }
}
