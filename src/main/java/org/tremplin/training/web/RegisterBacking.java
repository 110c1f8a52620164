package org.tremplin.training.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.tremplin.learner.domain.Learner;
import org.tremplin.shared.domain.ConflictException;
import org.tremplin.shared.web.Messages;
import org.tremplin.shared.web.Pages;
import org.tremplin.training.application.AttendanceService;
import org.tremplin.training.application.SessionService;
import org.tremplin.training.domain.AttendanceStatus;
import org.tremplin.training.domain.TrainingSession;
import org.tremplin.training.infrastructure.AttendanceRepository.ChangeRow;

/**
 * training/register.xhtml: the attendance register of a session. Every member enrolled on its date, named so that
 * two of the same name are told apart, with one toggle per status; "all present" to start from, one save for the
 * whole group.
 */
@Named
@ViewScoped
public class RegisterBacking implements Serializable {

    @Inject
    AttendanceService attendance;

    @Inject
    SessionService sessions;

    private Long id;
    private TrainingSession session;
    private List<Learner> members;
    private Map<Long, String> marks = new HashMap<>();
    private List<ChangeRow> changes;
    private boolean sheetOnFile;
    /** Full names that two members or more share: the register tells them apart by birth year. */
    private Set<String> sharedNames = Set.of();

    public void load() {
        Pages.load(this::refresh);
    }

    private void refresh() {
        AttendanceService.Register register = attendance.register(id);
        session = register.session();
        members = register.members();
        sharedNames = members.stream().collect(Collectors.groupingBy(Learner::getFullName, Collectors.counting()))
                .entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey).collect(Collectors.toSet());
        marks = new HashMap<>();
        register.marks().forEach((learner, status) -> marks.put(learner, status.name()));
        changes = attendance.changes(id);
        sheetOnFile = session.isSheetOnFile();
    }

    /** Marks everyone present; the trainer then changes the few who are not. Nothing is saved yet. */
    public void allPresent() {
        members.forEach(l -> marks.put(l.getId(), AttendanceStatus.PRESENT.name()));
    }

    public void save() {
        Map<Long, AttendanceStatus> given = new LinkedHashMap<>();
        for (Learner l : members) {
            String mark = marks.get(l.getId());
            if (mark != null && !mark.isBlank()) {
                given.put(l.getId(), AttendanceStatus.valueOf(mark));
            }
        }
        if (given.isEmpty()) {
            Messages.error("register.nothingMarked");
            return;
        }
        try {
            attendance.save(id, given);
            refresh();
            Messages.info("register.saved", given.size(), members.size());
        } catch (ConflictException e) {
            Messages.error("session".equals(e.getField()) && session.isCancelled() ? "register.cancelled"
                    : "session".equals(e.getField()) ? "register.notYet" : "register.notSaved");
        }
    }

    public void saveSheet() {
        session = sessions.recordSheet(id, sheetOnFile);
        Messages.info(sheetOnFile ? "register.sheetFiled" : "register.sheetNotFiled");
    }

    /** Learners marked so far, and of them present or late. */
    public long getMarkedCount() {
        return members.stream().filter(l -> marks.get(l.getId()) != null).count();
    }

    public long getFollowedCount() {
        return members.stream().map(l -> marks.get(l.getId())).filter(m -> m != null && AttendanceStatus.valueOf(m).followed())
                .count();
    }

    /** The learner as the register names their row: the full name, with the birth year when another member shares it. */
    public String nameOf(Learner l) {
        if (!sharedNames.contains(l.getFullName())) {
            return l.getFullName();
        }
        return Messages.text("register.nameWithYear", l.getFullName(),
                l.getBirthDate() == null ? Messages.text("register.noBirthYear") : String.valueOf(l.getBirthDate().getYear()));
    }

    public AttendanceStatus[] getStatuses() { return AttendanceStatus.values(); }
    public boolean isOpenForAttendance() { return session.takesAttendanceOn(LocalDate.now()); }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public TrainingSession getSession() { return session; }
    public List<Learner> getMembers() { return members; }
    public Map<Long, String> getMarks() { return marks; }
    public List<ChangeRow> getChanges() { return changes; }
    public boolean isSheetOnFile() { return sheetOnFile; }
    public void setSheetOnFile(boolean sheetOnFile) { this.sheetOnFile = sheetOnFile; }
}
