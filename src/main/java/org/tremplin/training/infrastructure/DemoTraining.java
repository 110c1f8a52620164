package org.tremplin.training.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.tremplin.learner.domain.Learner;
import org.tremplin.programme.domain.Cohort;
import org.tremplin.training.domain.Assessment;
import org.tremplin.training.domain.AssessmentKind;
import org.tremplin.training.domain.AssessmentMethod;
import org.tremplin.training.domain.AttendanceRegister;
import org.tremplin.training.domain.AttendanceStatus;
import org.tremplin.training.domain.Competence;
import org.tremplin.training.domain.TrainingSession;

/**
 * Demo sessions, each led by a trainer of its cohort's site (the rule the API and screens apply): a weekly
 * morning session for each open cohort given since it started, registers taken for the past ones (one
 * learner absent three times running), an afternoon session today, and DigComp entry and intermediate
 * assessments of its learners. Called by the demo seeding, in its transaction.
 */
@ApplicationScoped
public class DemoTraining {

    private static final String[] TOPICS = {"Prendre en main l'ordinateur", "Naviguer et rechercher sur internet",
        "Créer et utiliser une adresse e-mail", "Démarches en ligne : CAF, France Travail", "Protéger ses données",
        "Visioconférence avec sa famille", "Ranger ses fichiers et documents"};

    @PersistenceContext(unitName = "tremplin")
    EntityManager em;

    @Inject
    AttendanceRepository attendance;

    @Inject
    SessionRepository sessions;

    /** Sessions of the open cohorts, each led by the trainer given for it; returns the number created. */
    public int seed(Map<Cohort, String> trainers, LocalDate today, Random random) {
        List<Competence> competences = sessions.competences();
        int count = 0;
        for (Map.Entry<Cohort, String> led : trainers.entrySet()) {
            Cohort cohort = led.getKey();
            String trainer = led.getValue();
            LocalDate first = cohort.getStartDate().with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY));
            Learner absentee = null;
            for (LocalDate day = first; day.isBefore(today) && cohort.isRunningOn(day); day = day.plusWeeks(1)) {
                TrainingSession s = session(cohort, day, LocalTime.of(9, 0), LocalTime.of(12, 0), trainer, competences, count);
                List<Learner> members = attendance.members(s);
                if (absentee == null && !members.isEmpty()) {
                    absentee = members.get(members.size() - 1);
                }
                boolean lastThree = !day.plusWeeks(3).isBefore(today);
                Map<Long, AttendanceStatus> marks = new HashMap<>();
                for (Learner l : members) {
                    marks.put(l.getId(), l.equals(absentee) && lastThree ? AttendanceStatus.ABSENT : status(random));
                }
                if (!marks.isEmpty()) {
                    attendance.replace(s.getId(), AttendanceRegister.take(s, marks.keySet(), Map.of(), marks).lines());
                    s.attendanceTaken(trainer, day.atTime(12, 5).atZone(ZoneId.systemDefault()).toInstant());
                    s.recordSheetOnFile(random.nextInt(5) > 0);
                }
                count++;
            }
            if (cohort.isRunningOn(today)) {
                session(cohort, today, LocalTime.of(14, 0), LocalTime.of(17, 0), trainer, competences, count++);
                session(cohort, today.plusWeeks(1), LocalTime.of(9, 0), LocalTime.of(12, 0), trainer, competences, count++);
            }
            assessments(cohort, trainer, today, random);
        }
        em.flush();
        return count;
    }

    /**
     * Finished cohorts: their first two weekly sessions with the register taken (everyone present), so
     * that their learners count as participants in the programme reports. Returns the sessions created.
     */
    public int seedPast(Map<Cohort, String> trainers, Random random) {
        List<Competence> competences = sessions.competences();
        int count = 0;
        for (Map.Entry<Cohort, String> led : trainers.entrySet()) {
            Cohort cohort = led.getKey();
            String trainer = led.getValue();
            LocalDate first = cohort.getStartDate().plusDays(10).with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY));
            for (LocalDate day = first; day.isBefore(first.plusWeeks(2)); day = day.plusWeeks(1)) {
                TrainingSession s = session(cohort, day, LocalTime.of(9, 0), LocalTime.of(12, 0), trainer, competences, count++);
                Map<Long, AttendanceStatus> marks = new HashMap<>();
                attendance.members(s).forEach(l -> marks.put(l.getId(), random.nextInt(10) > 0 ? AttendanceStatus.PRESENT
                        : AttendanceStatus.LATE));
                if (!marks.isEmpty()) {
                    attendance.replace(s.getId(), AttendanceRegister.take(s, marks.keySet(), Map.of(), marks).lines());
                    s.attendanceTaken(trainer, day.atTime(12, 5).atZone(ZoneId.systemDefault()).toInstant());
                    s.recordSheetOnFile(true);
                }
            }
        }
        em.flush();
        return count;
    }

    private TrainingSession session(Cohort cohort, LocalDate day, LocalTime start, LocalTime end, String trainer,
            List<Competence> competences, int n) {
        List<Competence> worked = List.of(competences.get(n % competences.size()), competences.get((n + 5) % competences.size()));
        TrainingSession s = new TrainingSession(cohort, day, start, end, trainer, "Salle multimédia", TOPICS[n % TOPICS.length],
                worked);
        em.persist(s);
        em.flush();
        return s;
    }

    private static AttendanceStatus status(Random random) {
        int r = random.nextInt(100);
        return r < 80 ? AttendanceStatus.PRESENT : r < 88 ? AttendanceStatus.LATE : r < 93 ? AttendanceStatus.EXCUSED
                : AttendanceStatus.ABSENT;
    }

    private void assessments(Cohort cohort, String trainer, LocalDate today, Random random) {
        List<Learner> members = em.createQuery("SELECT e.learner FROM Enrolment e WHERE e.cohort = :c", Learner.class)
                .setParameter("c", cohort).getResultList();
        List<String> codes = new ArrayList<>(List.of("1.1", "1.2", "2.1", "2.2", "3.1", "4.2", "5.1", "5.2"));
        LocalDate entry = cohort.getStartDate();
        LocalDate middle = entry.plusDays((today.toEpochDay() - entry.toEpochDay()) / 2);
        for (Learner l : members) {
            Map<String, Integer> start = new HashMap<>();
            Map<String, Integer> later = new HashMap<>();
            for (String code : codes) {
                int level = 1 + random.nextInt(2);
                start.put(code, level);
                later.put(code, Math.min(8, level + random.nextInt(3)));
            }
            em.persist(new Assessment(l, entry, AssessmentKind.ENTRY, AssessmentMethod.SELF, start, null, trainer));
            if (middle.isAfter(entry) && !middle.isAfter(today)) {
                em.persist(new Assessment(l, middle, AssessmentKind.INTERMEDIATE, AssessmentMethod.TRAINER, later, null, trainer));
            }
        }
    }

    /** Entry and exit DigComp assessments of one learner, the exit one with a trainer's note. */
    public void assessOne(Learner l, LocalDate entry, LocalDate exit, String trainer) {
        Map<String, Integer> start = new HashMap<>(Map.of("1.1", 1, "2.1", 1, "2.2", 2, "5.1", 1));
        Map<String, Integer> end = new HashMap<>(Map.of("1.1", 3, "2.1", 2, "2.2", 3, "5.1", 2));
        em.persist(new Assessment(l, entry, AssessmentKind.ENTRY, AssessmentMethod.SELF, start, null, trainer));
        em.persist(new Assessment(l, exit, AssessmentKind.EXIT, AssessmentMethod.TRAINER, end,
                "Très à l'aise avec la messagerie ; les démarches en ligne restent à consolider.", trainer));
    }
}
