package org.tremplin.training.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.tremplin.shared.domain.ConflictException;
import org.tremplin.shared.domain.InvalidValueException;

/**
 * Taking attendance: the marks given for a session, checked against its members and merged with what the register
 * already holds. The result is the whole register to store and, after the session's day, the changes to keep in
 * the history.
 * <p>
 * A mark taken without network (the offline register) carries the client's id for it and the time the client read
 * the register: sent twice, the second is recognised by its id and changes nothing; if someone else changed that
 * learner's line after the client read it, the register refuses the whole batch with the lines in conflict
 * ({@link RegisterConflict}) and the trainer chooses.
 */
public final class AttendanceRegister {

    /** The longest remark a line keeps. */
    public static final int REMARK_LENGTH = 200;

    /** One line of the register as stored: the session's minutes for present and late, else none. */
    public record Line(Long learnerId, AttendanceStatus status, int minutes, String remark, String clientId,
            String by, Instant at) {
    }

    /** A line as stored before this save. */
    public record Stored(AttendanceStatus status, String remark, String clientId, String by, Instant at) {
    }

    /**
     * A mark given. {@code remark} null keeps the stored one ("" clears it); {@code clientId} and {@code seenAt}
     * (when the client read the register) only for marks taken by the offline register, else null.
     */
    public record Mark(AttendanceStatus status, String remark, String clientId, Instant seenAt) {

        public static Mark of(AttendanceStatus status) {
            return new Mark(status, null, null, null);
        }
    }

    /** A mark that differs from the one stored before ({@code before} null for a first mark). */
    public record Change(Long learnerId, AttendanceStatus before, AttendanceStatus after) {
    }

    /** A line changed by someone else after the client read the register: theirs, and the mark given. */
    public record Conflict(Long learnerId, AttendanceStatus yours, AttendanceStatus theirs, String theirRemark,
            String by, Instant at) {
    }

    private final List<Line> lines;
    private final List<Change> changes;
    private final boolean changed;

    private AttendanceRegister(List<Line> lines, List<Change> changes, boolean changed) {
        this.lines = lines;
        this.changes = changes;
        this.changed = changed;
    }

    /** Marks given by status only, on a register read with its statuses only (the demo data). */
    public static AttendanceRegister take(TrainingSession session, Set<Long> members,
            Map<Long, AttendanceStatus> stored, Map<Long, AttendanceStatus> marks) {
        Map<Long, Stored> before = new LinkedHashMap<>();
        stored.forEach((learner, status) -> before.put(learner, new Stored(status, null, null, null, null)));
        Map<Long, Mark> given = new LinkedHashMap<>();
        marks.forEach((learner, status) -> given.put(learner, Mark.of(status)));
        return take(session, members, before, given, null, null);
    }

    /**
     * @param members the learners the session may mark (its cohort's members on the day)
     * @param stored  the register as stored now
     * @param marks   the marks given (a subset of members; the others keep their stored line)
     * @param by      who gives them, kept on each line they change
     * @param now     when
     * @throws RegisterConflict when a line was changed by someone else after an offline client read it
     */
    public static AttendanceRegister take(TrainingSession session, Set<Long> members, Map<Long, Stored> stored,
            Map<Long, Mark> marks, String by, Instant now) {
        if (marks.isEmpty()) {
            throw new InvalidValueException("marks", "Mark at least one learner.");
        }
        for (Map.Entry<Long, Mark> mark : marks.entrySet()) {
            if (!members.contains(mark.getKey())) {
                throw new ConflictException("learnerId", "Learner " + mark.getKey()
                        + " is not a member of this session's cohort on " + session.getDate() + ".");
            }
            if (mark.getValue() == null || mark.getValue().status() == null) {
                throw new InvalidValueException("status", "Give a status for learner " + mark.getKey() + ".");
            }
            String remark = mark.getValue().remark();
            if (remark != null && remark.strip().length() > REMARK_LENGTH) {
                throw new InvalidValueException("remark", "The remark for learner " + mark.getKey()
                        + " is longer than " + REMARK_LENGTH + " characters: shorten it.");
            }
        }
        Map<Long, Line> merged = new LinkedHashMap<>();
        stored.forEach((learner, line) -> merged.put(learner, new Line(learner, line.status(),
                minutes(session, line.status()), line.remark(), line.clientId(), line.by(), line.at())));
        List<Change> changes = new ArrayList<>();
        List<Conflict> conflicts = new ArrayList<>();
        boolean changed = false;
        for (Map.Entry<Long, Mark> entry : marks.entrySet()) {
            Long learner = entry.getKey();
            Mark mark = entry.getValue();
            Stored before = stored.get(learner);
            if (before != null && mark.clientId() != null && mark.clientId().equals(before.clientId())) {
                continue; // this very mark was received already: a resend
            }
            String remark = mark.remark() == null ? before == null ? null : before.remark() : blankToNull(mark.remark());
            boolean same = before != null && before.status() == mark.status() && Objects.equals(before.remark(), remark);
            if (same) {
                continue;
            }
            if (before != null && mark.seenAt() != null && before.at() != null && before.at().isAfter(mark.seenAt())) {
                conflicts.add(new Conflict(learner, mark.status(), before.status(), before.remark(), before.by(), before.at()));
                continue;
            }
            merged.put(learner, new Line(learner, mark.status(), minutes(session, mark.status()), remark,
                    mark.clientId(), by, now));
            changed = true;
            if (before == null || before.status() != mark.status()) {
                changes.add(new Change(learner, before == null ? null : before.status(), mark.status()));
            }
        }
        if (!conflicts.isEmpty()) {
            throw new RegisterConflict(conflicts);
        }
        return new AttendanceRegister(List.copyOf(merged.values()), List.copyOf(changes), changed);
    }

    private static int minutes(TrainingSession session, AttendanceStatus status) {
        return status.followed() ? session.minutes() : 0;
    }

    private static String blankToNull(String remark) {
        return remark.isBlank() ? null : remark.strip();
    }

    public List<Line> lines() {
        return lines;
    }

    public List<Change> changes() {
        return changes;
    }

    /** False when every mark given was already there (a resend, or the same marks saved again): nothing to write. */
    public boolean changed() {
        return changed;
    }

    /** Lines changed by someone else since an offline client read the register; nothing was taken. */
    public static final class RegisterConflict extends ConflictException {
        private final transient List<Conflict> conflicts;

        RegisterConflict(List<Conflict> conflicts) {
            super(null, conflicts.size() + " line(s) of this register were changed by someone else after you read it:"
                    + " read the register again, then keep your marks or theirs.");
            this.conflicts = List.copyOf(conflicts);
        }

        public List<Conflict> conflicts() {
            return conflicts;
        }

        @Override
        public Map<String, Object> details() {
            List<Object> list = new ArrayList<>();
            for (Conflict c : conflicts) {
                Map<String, Object> line = new LinkedHashMap<>();
                line.put("learnerId", c.learnerId());
                line.put("yours", c.yours().name());
                line.put("theirs", c.theirs().name());
                if (c.theirRemark() != null) {
                    line.put("theirRemark", c.theirRemark());
                }
                if (c.by() != null) {
                    line.put("by", c.by());
                }
                line.put("at", c.at().toString());
                list.add(line);
            }
            return Map.of("conflicts", list);
        }
    }
}
