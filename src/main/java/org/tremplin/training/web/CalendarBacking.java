package org.tremplin.training.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.stream.Collectors;
import org.omnifaces.util.Messages;
import org.primefaces.event.schedule.ScheduleEntryMoveEvent;
import org.primefaces.model.DefaultScheduleEvent;
import org.primefaces.model.LazyScheduleModel;
import org.primefaces.model.ScheduleModel;
import org.tremplin.identity.application.CurrentUser;
import org.tremplin.shared.domain.ConflictException;
import org.tremplin.training.application.SessionRequest;
import org.tremplin.training.application.SessionService;
import org.tremplin.training.domain.Competence;
import org.tremplin.training.domain.SessionFilter;
import org.tremplin.training.domain.TrainingSession;

/**
 * training/calendar.xhtml: the sessions of the visible weeks, loaded per view from the database. A
 * coordinator moves a session by dragging it (not once its attendance is taken).
 */
@Named
@ViewScoped
public class CalendarBacking implements Serializable {

    @Inject
    SessionService sessions;

    @Inject
    CurrentUser user;

    private ScheduleModel model;

    @PostConstruct
    void init() {
        boolean planner = !user.isTrainer();
        String base = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
        model = new LazyScheduleModel() {
            @Override
            public void loadEvents(LocalDateTime start, LocalDateTime end) {
                SessionFilter filter = new SessionFilter(null, null, start.toLocalDate(), end.toLocalDate(), true);
                for (TrainingSession s : sessions.page(filter, 0, 1000)) {
                    boolean movable = planner && !s.isAttendanceTaken() && !s.isCancelled();
                    addEvent(DefaultScheduleEvent.<Long>builder().id(String.valueOf(s.getId())).data(s.getId())
                            .title(s.getTopic() + " · " + s.getCohort().getName())
                            .startDate(s.getDate().atTime(s.getStartTime())).endDate(s.getDate().atTime(s.getEndTime()))
                            .url(base + "/training/register.xhtml?id=" + s.getId())
                            .styleClass(s.isCancelled() ? "session-cancelled" : s.isAttendanceTaken() ? "session-taken" : "session-open")
                            .editable(movable).draggable(movable).resizable(false).build());
                }
            }
        };
    }

    /** Drag and drop: the session moves by the same amount; refused (and put back) when it may not move. */
    public void onMove(ScheduleEntryMoveEvent event) {
        Long id = Long.valueOf(event.getScheduleEvent().getId());
        try {
            TrainingSession s = sessions.get(id);
            LocalDateTime start = event.getScheduleEvent().getStartDate();
            LocalDateTime end = event.getScheduleEvent().getEndDate() != null ? event.getScheduleEvent().getEndDate()
                    : start.plusMinutes(s.minutes());
            sessions.update(id, s.getVersion(), new SessionRequest(s.getCohort().getId(), start.toLocalDate(),
                    start.toLocalTime(), end.toLocalTime(), s.getTrainer(), s.getPlace(), s.getTopic(),
                    s.getCompetenceList().stream().map(Competence::getCode).collect(Collectors.toList()), 1, null));
            Messages.addGlobalInfo("session.moved");
        } catch (ConflictException e) {
            Messages.addGlobalError("session.error.move");
        }
    }

    public ScheduleModel getModel() { return model; }

    /** The server's zone for both sides: sessions are wall-clock times in the programme's region. */
    public String getZone() { return ZoneId.systemDefault().getId(); }
}
