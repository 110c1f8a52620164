package org.tremplin.learner.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import org.omnifaces.util.Messages;
import org.tremplin.identity.web.Reauthentication;
import org.tremplin.learner.application.EnrolmentService;
import org.tremplin.learner.domain.Enrolment;
import org.tremplin.learner.domain.Learner;
import org.tremplin.programme.domain.Cohort;
import org.tremplin.programme.web.CohortBacking;
import org.tremplin.shared.domain.ConflictException;
import org.tremplin.shared.infrastructure.CsvWriter;
import org.tremplin.shared.web.Downloads;
import org.tremplin.shared.web.Texts;

/** The members of the cohort of cohorts/view.xhtml: the list, enrolling a learner of its site, the CSV export. */
@Named
@ViewScoped
public class CohortMembersBacking implements Serializable {

    @Inject
    CohortBacking cohort;

    @Inject
    LearnerPicker picker;

    @Inject
    Reauthentication reauthentication;

    @Inject
    EnrolmentService enrolments;

    private List<Enrolment> members;
    private Learner learner;
    private LocalDate entryDate = LocalDate.now();

    public List<Enrolment> getMembers() {
        if (members == null) {
            members = enrolments.ofCohort(cohort.getId());
        }
        return members;
    }

    /** Learners of the cohort's site whose name holds the text typed. */
    public List<Learner> complete(String text) {
        return picker.complete(text, cohort.getCohort().getSite().getId());
    }

    public void enrol() {
        try {
            enrolments.enrol(learner.getId(), cohort.getId(), entryDate);
            Messages.addGlobalInfo("cohort.enrolled", learner.getFullName());
            learner = null;
            members = null;
        } catch (ConflictException e) {
            Messages.addGlobalError("entryDate".equals(e.getField()) ? "cohort.enrolAfterEnd" : "cohort.alreadyEnrolled");
        }
    }

    public long getCompleteCount() {
        return getMembers().stream().filter(e -> e.getLearner().isEsfComplete()).count();
    }

    /** The members as CSV; a bulk export of people, so the password must have been typed again lately. */
    public void export() throws IOException {
        if (!reauthentication.isFresh()) {
            Messages.addGlobalError("reauth.needed");
            return;
        }
        CsvWriter csv = new CsvWriter().row(Texts.text("learner.lastName"), Texts.text("learner.firstName"),
                Texts.text("learner.birthDate"), Texts.text("enrolment.status"), Texts.text("enrolment.entryDate"),
                Texts.text("enrolment.exitDate"), Texts.text("learner.esf"));
        for (Enrolment e : getMembers()) {
            Learner l = e.getLearner();
            csv.row(l.getLastName(), l.getFirstName(), date(l.getBirthDate()), Texts.text("EnrolmentStatus." + e.getStatus()),
                    date(e.getEntryDate()), date(e.getExitDate()),
                    Texts.text(l.isEsfComplete() ? "general.yes" : "general.no"));
        }
        Downloads.send(CsvWriter.CONTENT_TYPE, fileName(cohort.getCohort()), csv.toBytes());
    }

    private static String date(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    /** The cohort's name in plain ASCII letters and digits, for the file name. */
    static String fileName(Cohort cohort) {
        String ascii = Normalizer.normalize(cohort.getName(), Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-|-$", "");
        return (ascii.isEmpty() ? "cohort-" + cohort.getId() : ascii) + ".csv";
    }

    public Learner getLearner() { return learner; }
    public void setLearner(Learner learner) { this.learner = learner; }
    public LocalDate getEntryDate() { return entryDate; }
    public void setEntryDate(LocalDate entryDate) { this.entryDate = entryDate; }
}
