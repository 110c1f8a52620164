package org.tremplin.training.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.tremplin.shared.domain.ConflictException;
import org.tremplin.shared.domain.InvalidValueException;

/**
 * Taking attendance: the marks given for a session, checked against its members and merged with
 * what the register already holds. The result is the whole register to store and, after the
 * session's day, the changes to keep in the history.
 */
public final class AttendanceRegister {

    /** One line of the register as stored: the session's minutes for present and late, else none. */
    public record Line(Long learnerId, AttendanceStatus status, int minutes) {
    }

    /** A mark that differs from the one stored before ({@code before} null for a first mark). */
    public record Change(Long learnerId, AttendanceStatus before, AttendanceStatus after) {
    }

    private final List<Line> lines;
    private final List<Change> changes;

    private AttendanceRegister(List<Line> lines, List<Change> changes) {
        this.lines = lines;
        this.changes = changes;
    }

    /**
     * @param members  the learners the session may mark (its cohort's members on the day)
     * @param stored   the register as stored now
     * @param marks    the marks given (a subset of members; the others keep their stored mark)
     */
    public static AttendanceRegister take(TrainingSession session, Set<Long> members,
            Map<Long, AttendanceStatus> stored, Map<Long, AttendanceStatus> marks) {
        if (marks.isEmpty()) {
            throw new InvalidValueException("marks", "Mark at least one learner.");
        }
        for (Map.Entry<Long, AttendanceStatus> mark : marks.entrySet()) {
            if (!members.contains(mark.getKey())) {
                throw new ConflictException("learnerId", "Learner " + mark.getKey()
                        + " is not a member of this session's cohort on " + session.getDate() + ".");
            }
            if (mark.getValue() == null) {
                throw new InvalidValueException("status", "Give a status for learner " + mark.getKey() + ".");
            }
        }
        Map<Long, AttendanceStatus> merged = new LinkedHashMap<>(stored);
        merged.putAll(marks);
        List<Line> lines = new ArrayList<>();
        merged.forEach((learner, status) ->
                lines.add(new Line(learner, status, status.followed() ? session.minutes() : 0)));
        List<Change> changes = new ArrayList<>();
        marks.forEach((learner, status) -> {
            AttendanceStatus before = stored.get(learner);
            if (!Objects.equals(before, status)) {
                changes.add(new Change(learner, before, status));
            }
        });
        return new AttendanceRegister(List.copyOf(lines), List.copyOf(changes));
    }

    public List<Line> lines() {
        return lines;
    }

    public List<Change> changes() {
        return changes;
    }
}
