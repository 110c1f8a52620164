package org.tremplin.training.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.omnifaces.util.Messages;
import org.tremplin.learner.domain.Learner;
import org.tremplin.shared.domain.ConflictException;
import org.tremplin.shared.domain.InvalidValueException;
import org.tremplin.shared.web.Pages;
import org.tremplin.shared.web.Texts;
import org.tremplin.training.application.AttendanceService;
import org.tremplin.training.application.SessionService;
import org.tremplin.training.domain.AttendanceRegister;
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
    private Map<Long, String> remarks = new HashMap<>();
    private Instant readAt;
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
        remarks = new HashMap<>();
        register.lines().forEach((learner, line) -> {
            marks.put(learner, line.status().name());
            remarks.put(learner, line.remark());
        });
        readAt = register.readAt();
        changes = attendance.changes(id);
        sheetOnFile = session.isSheetOnFile();
    }

    /** Marks everyone present; the trainer then changes the few who are not. Nothing is saved yet. */
    public void allPresent() {
        members.forEach(l -> marks.put(l.getId(), AttendanceStatus.PRESENT.name()));
    }

    public void save() {
        Map<Long, AttendanceRegister.Mark> given = new LinkedHashMap<>();
        for (Learner l : members) {
            String mark = marks.get(l.getId());
            if (mark != null && !mark.isBlank()) {
                String remark = remarks.get(l.getId());
                given.put(l.getId(), new AttendanceRegister.Mark(AttendanceStatus.valueOf(mark), remark == null ? "" : remark,
                        null, null));
            }
        }
        for (Learner l : members) {
            String remark = remarks.get(l.getId());
            if (remark != null && !remark.isBlank() && !given.containsKey(l.getId())) {
                Messages.addGlobalError("register.remarkAlone", nameOf(l));
                return;
            }
        }
        if (given.isEmpty()) {
            Messages.addGlobalError("register.nothingMarked");
            return;
        }
        try {
            attendance.take(id, given);
            refresh();
            Messages.addGlobalInfo("register.saved", given.size(), members.size());
        } catch (InvalidValueException e) {
            Messages.addGlobalError("register.remarkTooLong", AttendanceRegister.REMARK_LENGTH);
        } catch (ConflictException e) {
            Messages.addGlobalError("session".equals(e.getField()) && session.isCancelled() ? "register.cancelled"
                    : "session".equals(e.getField()) ? "register.notYet" : "register.notSaved");
        }
    }

    public void saveSheet() {
        session = sessions.recordSheet(id, sheetOnFile);
        Messages.addGlobalInfo(sheetOnFile ? "register.sheetFiled" : "register.sheetNotFiled");
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
        return Texts.text("register.nameWithYear", l.getFullName(),
                l.getBirthDate() == null ? Texts.text("register.noBirthYear") : String.valueOf(l.getBirthDate().getYear()));
    }

    /** The statuses by name for the page's script, e.g. {@code PRESENT=Présent;LATE=En retard;…}. */
    public String getStatusNames() {
        return Arrays.stream(AttendanceStatus.values())
                .map(st -> st.name() + "=" + Texts.text("AttendanceStatus." + st.name())).collect(Collectors.joining(";"));
    }

    public AttendanceStatus[] getStatuses() { return AttendanceStatus.values(); }
    public Map<Long, String> getRemarks() { return remarks; }
    /** When the register was read, sent back by the offline register with the marks it takes. */
    public String getReadAt() { return readAt.toString(); }
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
