package org.tremplin.training.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.tremplin.audit.application.AuditTrail;
import org.tremplin.audit.application.Audited;
import org.tremplin.audit.domain.AuditAction;
import org.tremplin.audit.domain.AuditWording;
import org.tremplin.identity.application.CurrentUser;
import org.tremplin.learner.application.LearnerService;
import org.tremplin.learner.domain.Learner;
import org.tremplin.programme.application.ProgrammeService;
import org.tremplin.training.domain.AttendanceRegister;
import org.tremplin.training.domain.AttendanceStatus;
import org.tremplin.training.domain.TrainingSession;
import org.tremplin.training.infrastructure.AttendanceRepository;
import org.tremplin.training.infrastructure.AttendanceRepository.Absentee;
import org.tremplin.training.infrastructure.AttendanceRepository.ChangeRow;
import org.tremplin.training.infrastructure.AttendanceRepository.CohortFigures;
import org.tremplin.training.infrastructure.AttendanceRepository.Totals;

/**
 * Taking attendance and reading it back. Saving a register costs the same few statements for
 * 5 learners or 50: the session, its members, the stored marks, one DELETE, one INSERT, and one
 * more for the history when the register changes after the session's day.
 */
@ApplicationScoped
@Transactional
@Audited
public class AttendanceService {

    /** Absences in a row that put a learner on the coordinator's dashboard. */
    public static final int ABSENCES_IN_A_ROW = 3;

    @Inject
    AuditTrail audit;

    @Inject
    SessionService sessions;

    @Inject
    AttendanceRepository attendance;

    @Inject
    LearnerService learners;

    @Inject
    ProgrammeService programmes;

    @Inject
    CurrentUser user;

    /**
     * The register of a session: its members in name order, the lines stored (maybe none yet), and when it was read
     * (the offline register sends that time back with the marks it takes on this reading).
     */
    public record Register(TrainingSession session, List<Learner> members, Map<Long, AttendanceRegister.Stored> lines,
            Instant readAt) {

        /** The statuses stored: learner id → status. */
        public Map<Long, AttendanceStatus> marks() {
            Map<Long, AttendanceStatus> marks = new LinkedHashMap<>();
            lines.forEach((learner, line) -> marks.put(learner, line.status()));
            return marks;
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Register register(@NotNull Long sessionId) {
        Instant readAt = Instant.now();
        TrainingSession session = sessions.get(sessionId);
        return new Register(session, attendance.members(session), attendance.stored(sessionId), readAt);
    }

    /** Records the marks given by status; the others keep theirs. All stored or none. */
    public TrainingSession save(@NotNull Long sessionId, @NotNull Map<Long, AttendanceStatus> marks) {
        Map<Long, AttendanceRegister.Mark> given = new LinkedHashMap<>();
        marks.forEach((learner, status) -> given.put(learner, AttendanceRegister.Mark.of(status)));
        return take(sessionId, given);
    }

    /**
     * Records the marks given, with their remarks and, from the offline register, their client ids and reading
     * time. All stored or none: a line someone else changed since that reading refuses the whole batch
     * ({@link AttendanceRegister.RegisterConflict}); a mark received already changes nothing.
     */
    public TrainingSession take(@NotNull Long sessionId, @NotNull Map<Long, AttendanceRegister.Mark> marks) {
        return record(sessions.get(sessionId), marks, user.getUsername());
    }

    /**
     * The register write itself, for a session the caller was already allowed to see (through
     * {@link SessionService#get}): members, stored marks, one DELETE, one INSERT, the history.
     */
    public TrainingSession record(@NotNull TrainingSession session, @NotNull Map<Long, AttendanceRegister.Mark> marks,
            @NotNull String by) {
        Long sessionId = session.getId();
        LocalDate today = LocalDate.now();
        session.checkAttendanceAllowed(today);
        Set<Long> members = attendance.members(session).stream().map(Learner::getId).collect(Collectors.toSet());
        Instant now = Instant.now();
        AttendanceRegister register = AttendanceRegister.take(session, members, attendance.stored(sessionId), marks,
                by, now);
        if (!register.changed()) {
            return session; // every mark was there already (a resend): nothing written, nothing to audit
        }
        attendance.replace(sessionId, register.lines());
        if (session.isPastOn(today)) {
            attendance.recordChanges(sessionId, register.changes(), by, now);
        }
        TrainingSession managed = sessions.attach(session);
        managed.attendanceTaken(by, now);
        // the register is written with plain SQL, unseen by the change capture: said here
        audit.record(AuditAction.UPDATE, "Attendance", sessionId, AuditWording.of("register", register.lines().size(),
                register.changes().size()));
        return managed;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ChangeRow> changes(@NotNull Long sessionId) {
        sessions.get(sessionId);
        return attendance.changes(sessionId);
    }

    /** A learner's hours and rate, and their register lines (session, status, minutes), newest first. */
    public record LearnerAttendance(Totals totals, List<Object[]> lines) implements Serializable {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public LearnerAttendance ofLearner(@NotNull Long learnerId) {
        learners.get(learnerId);
        return new LearnerAttendance(attendance.ofLearner(learnerId), attendance.linesOf(learnerId));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public CohortFigures ofCohort(@NotNull Long cohortId) {
        programmes.cohort(cohortId);
        return attendance.ofCohort(cohortId);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<Long, Totals> byLearnerOfCohort(@NotNull Long cohortId) {
        programmes.cohort(cohortId);
        return attendance.byLearnerOfCohort(cohortId);
    }

    /** Learners of the caller's sites absent from their last three sessions. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Absentee> absentInARow() {
        return attendance.absentInARow(ABSENCES_IN_A_ROW, user.siteScope());
    }
}
