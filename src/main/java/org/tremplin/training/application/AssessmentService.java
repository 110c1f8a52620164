package org.tremplin.training.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.tremplin.audit.application.AuditTrail;
import org.tremplin.audit.application.Audited;
import org.tremplin.audit.domain.AuditAction;
import org.tremplin.audit.domain.AuditWording;
import org.tremplin.identity.application.CurrentUser;
import org.tremplin.learner.application.LearnerService;
import org.tremplin.learner.domain.Learner;
import org.tremplin.programme.application.ProgrammeService;
import org.tremplin.shared.domain.InvalidValueException;
import org.tremplin.shared.domain.NotFoundException;
import org.tremplin.training.domain.Assessment;
import org.tremplin.training.domain.AssessmentKind;
import org.tremplin.training.domain.AssessmentMethod;
import org.tremplin.training.domain.TrainingSession;
import org.tremplin.training.infrastructure.AttendanceRepository;
import org.tremplin.training.domain.Competence;
import org.tremplin.training.infrastructure.AssessmentRepository;
import org.tremplin.training.infrastructure.SessionRepository;

/** Recording DigComp assessments and reading the progression of a learner or a cohort. */
@ApplicationScoped
@Transactional
@Audited
public class AssessmentService {

    @Inject
    AssessmentRepository assessments;

    @Inject
    SessionRepository sessions;

    @Inject
    LearnerService learners;

    @Inject
    ProgrammeService programmes;

    @Inject
    CurrentUser user;

    @Inject
    SessionService sessionService;

    @Inject
    AttendanceRepository attendance;

    @Inject
    AuditTrail audit;

    public Assessment record(@NotNull AssessmentRequest r) {
        if (r.learnerId() == null) {
            throw new InvalidValueException("learnerId", "Choose the learner.");
        }
        Learner learner = learners.get(r.learnerId());
        checkCodes(r.levels());
        Assessment a = new Assessment(learner, r.date(), r.kind(), r.method(), r.levels(), r.note(), user.getUsername());
        assessments.store(a);
        assessments.flush();
        return a;
    }

    /** What a group assessed from a session gives: per learner, a level per competence; a learner without any is skipped. */
    public record GroupAssessment(AssessmentKind kind, AssessmentMethod method, Map<Long, Map<String, Integer>> levels) {
    }

    /**
     * Records the assessments of a session's group, dated on the session's day, in a few statements whatever the
     * group's size: the session (its trainer, or a coordinator of its site), its members, the competences, then
     * {@link AssessmentRepository#storeGroup}. All stored or none. Returns how many learners were assessed.
     */
    public int recordGroup(@NotNull Long sessionId, @NotNull GroupAssessment group) {
        return assessGroup(sessionService.get(sessionId), group, user.getUsername());
    }

    /** The group assessment itself, for a session the caller was already allowed to see (through SessionService#get). */
    public int assessGroup(@NotNull TrainingSession session, @NotNull GroupAssessment group, @NotNull String by) {
        Long sessionId = session.getId();
        Map<Long, Learner> members = new HashMap<>();
        attendance.members(session).forEach(l -> members.put(l.getId(), l));
        Set<String> known = knownCodes();
        List<Assessment> assessed = new ArrayList<>();
        for (Map.Entry<Long, Map<String, Integer>> e : new TreeMap<>(group.levels()).entrySet()) {
            Map<String, Integer> levels = new TreeMap<>();
            e.getValue().forEach((code, level) -> {
                if (level != null) {
                    levels.put(code, level);
                }
            });
            if (levels.isEmpty()) {
                continue;
            }
            Learner learner = members.get(e.getKey());
            if (learner == null) {
                throw new InvalidValueException("learnerId", "Learner " + e.getKey() + " is not in the session's group on its day.");
            }
            checkCodes(levels, known);
            assessed.add(new Assessment(learner, session.getDate(), group.kind(), group.method(), levels, null, by));
        }
        if (assessed.isEmpty()) {
            throw new InvalidValueException("levels", "Give a level for at least one learner.");
        }
        assessments.storeGroup(assessed);
        // written with plain SQL, unseen by the change capture: said here
        audit.record(AuditAction.CREATE, "Assessment", sessionId, AuditWording.of("groupAssessment", assessed.size(),
                assessed.stream().mapToInt(a -> a.getLevels().size()).sum()));
        return assessed.size();
    }

    /** Corrects an assessment the caller sees, at the version they read (else a conflict); all of it is replaced. */
    public Assessment correct(@NotNull Long id, Long version, @NotNull AssessmentRequest r) {
        Assessment a = get(id);
        a.checkVersion(version);
        checkCodes(r.levels());
        a.correct(r.date(), r.kind(), r.method(), r.levels(), r.note());
        assessments.flush();
        return a;
    }

    /** Deletes an assessment the caller sees (recorded in error); the audit trail keeps what it said. */
    public void delete(@NotNull Long id) {
        assessments.remove(get(id));
    }

    private void checkCodes(Map<String, Integer> levels) {
        if (levels != null && !levels.isEmpty()) {
            checkCodes(levels, knownCodes());
        }
    }

    private Set<String> knownCodes() {
        Set<String> known = new HashSet<>();
        sessions.competences().forEach(c -> known.add(c.getCode()));
        return known;
    }

    private static void checkCodes(Map<String, Integer> levels, Set<String> known) {
        List<String> unknown = levels.keySet().stream().filter(code -> !known.contains(code)).sorted().toList();
        if (!unknown.isEmpty()) {
            throw new InvalidValueException("levels", "Unknown DigComp competence " + String.join(", ", unknown)
                    + ": use the codes 1.1 to 5.4 of DigComp 2.2.");
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Assessment get(@NotNull Long id) {
        Assessment a = assessments.find(id).orElseThrow(() -> new NotFoundException("Assessment", id));
        learners.get(a.getLearner().getId()); // scope: a learner outside the caller's sites is not found
        return a;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Assessment> ofLearner(@NotNull Long learnerId) {
        learners.get(learnerId);
        return assessments.ofLearner(learnerId);
    }

    /** Per DigComp area: the average entry level and the average of the latest assessment. */
    public record AreaProgress(int area, Double entry, Double latest) implements Serializable {
        public Double gain() {
            return entry == null || latest == null ? null : latest - entry;
        }
    }

    /** A learner's progression per area: entry (first ENTRY, else first) vs latest assessment. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AreaProgress> progressOf(@NotNull Long learnerId) {
        List<Assessment> list = ofLearner(learnerId);
        if (list.isEmpty()) {
            return List.of();
        }
        Assessment entry = list.stream().filter(a -> a.getKind() == AssessmentKind.ENTRY).findFirst().orElse(list.get(0));
        Assessment latest = list.get(list.size() - 1);
        Map<String, Integer> areaOf = new TreeMap<>();
        sessions.competences().forEach(c -> areaOf.put(c.getCode(), c.getAreaCode()));
        List<AreaProgress> rows = new ArrayList<>();
        for (int area = 1; area <= 5; area++) {
            rows.add(new AreaProgress(area, areaAverage(entry, areaOf, area), areaAverage(latest, areaOf, area)));
        }
        return rows;
    }

    private static Double areaAverage(Assessment a, Map<String, Integer> areaOf, int area) {
        return a.getLevels().entrySet().stream().filter(e -> areaOf.getOrDefault(e.getKey(), 0) == area)
                .mapToInt(Map.Entry::getValue).average().stream().boxed().findFirst().orElse(null);
    }

    /** A cohort's average entry and exit level per area (computed by the database). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AreaProgress> progressOfCohort(@NotNull Long cohortId) {
        programmes.cohort(cohortId);
        Map<Integer, Double[]> byArea = new TreeMap<>();
        for (int area = 1; area <= 5; area++) {
            byArea.put(area, new Double[2]);
        }
        for (Object[] r : assessments.cohortAverages(cohortId)) {
            int area = ((Number) r[0]).intValue();
            byArea.get(area)["ENTRY".equals(r[1]) ? 0 : 1] = r[2] == null ? null : ((Number) r[2]).doubleValue();
        }
        List<AreaProgress> rows = new ArrayList<>();
        byArea.forEach((area, v) -> rows.add(new AreaProgress(area, v[0], v[1])));
        return rows;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Competence> competences() {
        return sessions.competences();
    }
}
