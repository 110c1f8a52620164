package org.tremplin.training.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import org.tremplin.identity.domain.Account;
import org.tremplin.programme.application.ProgrammeService;
import org.tremplin.programme.domain.Cohort;
import org.tremplin.shared.domain.ConflictException;
import org.tremplin.shared.web.Pages;
import org.tremplin.training.application.SessionRequest;
import org.tremplin.training.application.SessionService;
import org.tremplin.training.domain.Competence;
import org.tremplin.training.domain.TrainingSession;

/**
 * training/edit.xhtml: plan one session or a weekly series (weeks, dates to skip), or move, change
 * and cancel an existing one.
 */
@Named
@ViewScoped
public class SessionEditBacking implements Serializable {

    @Inject
    SessionService sessions;

    @Inject
    ProgrammeService programmes;

    private Long id;
    private Long version;
    private Long cohortId;
    private LocalDate date = LocalDate.now();
    private LocalTime startTime = LocalTime.of(9, 0);
    private LocalTime endTime = LocalTime.of(12, 0);
    private String trainer;
    private String place;
    private String topic;
    private List<String> competences = new ArrayList<>();
    private int weeks = 1;
    private List<LocalDate> skip = new ArrayList<>();
    private TrainingSession session;

    public void load() {
        if (id == null && cohortId != null) {
            Pages.load(() -> programmes.cohort(cohortId)); // a cohort of another site answers 404, as an unknown one
        }
        if (id != null) {
            Pages.load(() -> {
                session = sessions.get(id);
                version = session.getVersion();
                cohortId = session.getCohort().getId();
                date = session.getDate();
                startTime = session.getStartTime();
                endTime = session.getEndTime();
                trainer = session.getTrainer();
                place = session.getPlace();
                topic = session.getTopic();
                competences = new ArrayList<>(session.getCompetenceList().stream().map(Competence::getCode).toList());
            });
        }
    }

    public String save() {
        SessionRequest request = new SessionRequest(cohortId, date, startTime, endTime, trainer, place, topic, competences,
                weeks, skip == null ? List.of() : skip);
        try {
            if (id == null) {
                List<TrainingSession> created = sessions.create(request);
                Messages.addGlobalInfo(created.size() == 1 ? "session.created" : "session.seriesCreated", created.size());
            } else {
                sessions.update(id, version, request);
                Messages.addGlobalInfo("session.updated");
            }
            Faces.getFlash().setKeepMessages(true);
            return "/training/sessions?faces-redirect=true";
        } catch (ConflictException e) {
            String field = e.getField() == null ? "" : e.getField();
            switch (field) {
                case "date", "startTime", "endTime", "trainer", "topic", "weeks", "cohortId", "skip", "version" ->
                    Messages.addError(field.equals("cohortId") ? "form:cohort" : field.equals("version") ? null : "form:" + field,
                            "session.error." + field);
                default -> Messages.addGlobalError("session.notSaved");
            }
            return null;
        }
    }

    public String cancelSession() {
        try {
            sessions.cancel(id);
            Messages.addGlobalInfo("session.cancelledDone");
            Faces.getFlash().setKeepMessages(true);
            return "/training/sessions?faces-redirect=true";
        } catch (ConflictException e) {
            Messages.addGlobalError("session.error.cancel");
            return null;
        }
    }

    public List<Cohort> getCohorts() {
        List<Cohort> current = programmes.currentCohorts(null);
        if (cohortId == null || current.stream().anyMatch(c -> c.getId().equals(cohortId))) {
            return current;
        }
        // a session of a cohort that ended long ago is still shown with its own cohort
        return Stream.concat(Stream.of(programmes.cohort(cohortId)), current.stream()).toList();
    }

    public List<Account> getTrainers() { return cohortId == null ? List.of() : sessions.trainersOf(cohortId); }
    public List<Competence> getCompetenceChoices() { return sessions.competences(); }
    public boolean isNew() { return id == null; }
    public TrainingSession getSession() { return session; }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Long getCohortId() { return cohortId; }
    public void setCohortId(Long cohortId) { this.cohortId = cohortId; }
    public LocalDate getDate() { return date; }
    public void setDate(LocalDate date) { this.date = date; }
    public LocalTime getStartTime() { return startTime; }
    public void setStartTime(LocalTime startTime) { this.startTime = startTime; }
    public LocalTime getEndTime() { return endTime; }
    public void setEndTime(LocalTime endTime) { this.endTime = endTime; }
    public String getTrainer() { return trainer; }
    public void setTrainer(String trainer) { this.trainer = trainer; }
    public String getPlace() { return place; }
    public void setPlace(String place) { this.place = place; }
    public String getTopic() { return topic; }
    public void setTopic(String topic) { this.topic = topic; }
    public List<String> getCompetences() { return competences; }
    public void setCompetences(List<String> competences) { this.competences = competences; }
    public int getWeeks() { return weeks; }
    public void setWeeks(int weeks) { this.weeks = weeks; }
    public List<LocalDate> getSkip() { return skip; }
    public void setSkip(List<LocalDate> skip) { this.skip = skip; }
}
