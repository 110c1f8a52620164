package org.tremplin.training.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.tremplin.audit.application.AuditTrail;
import org.tremplin.audit.application.Audited;
import org.tremplin.audit.domain.AuditAction;
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

    /** The register of a session: its members in name order and the marks stored (maybe none yet). */
    public record Register(TrainingSession session, List<Learner> members, Map<Long, AttendanceStatus> marks) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Register register(@NotNull Long sessionId) {
        TrainingSession session = sessions.get(sessionId);
        return new Register(session, attendance.members(session), attendance.stored(sessionId));
    }

    /** Records the marks given; the others keep theirs. All stored or none. */
    public TrainingSession save(@NotNull Long sessionId, @NotNull Map<Long, AttendanceStatus> marks) {
        return record(sessions.get(sessionId), marks, user.getUsername());
    }

    /**
     * The register write itself, for a session the caller was already allowed to see (through
     * {@link SessionService#get}): members, stored marks, one DELETE, one INSERT, the history.
     */
    public TrainingSession record(@NotNull TrainingSession session, @NotNull Map<Long, AttendanceStatus> marks,
            @NotNull String by) {
        Long sessionId = session.getId();
        LocalDate today = LocalDate.now();
        session.checkAttendanceAllowed(today);
        Set<Long> members = attendance.members(session).stream().map(Learner::getId).collect(Collectors.toSet());
        AttendanceRegister register = AttendanceRegister.take(session, members, attendance.stored(sessionId), marks);
        attendance.replace(sessionId, register.lines());
        Instant now = Instant.now();
        if (session.isPastOn(today)) {
            attendance.recordChanges(sessionId, register.changes(), by, now);
        }
        TrainingSession managed = sessions.attach(session);
        managed.attendanceTaken(by, now);
        // the register is written with plain SQL, unseen by the change capture: said here
        audit.record(AuditAction.UPDATE, "Attendance", sessionId, "register of the session: " + register.lines().size()
                + " marks, " + register.changes().size() + " changed");
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
