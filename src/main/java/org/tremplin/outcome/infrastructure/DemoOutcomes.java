package org.tremplin.outcome.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.tremplin.outcome.domain.ContactAttempt;
import org.tremplin.outcome.domain.ContactChannel;
import java.util.List;
import java.util.Random;
import org.tremplin.learner.domain.Enrolment;
import org.tremplin.outcome.domain.ContractType;
import org.tremplin.outcome.domain.Outcome;
import org.tremplin.outcome.domain.OutcomeSource;
import org.tremplin.outcome.domain.OutcomeTiming;
import org.tremplin.outcome.domain.Situation;
import org.tremplin.programme.domain.Programme;

/**
 * Demo outcomes: most exits have their at-exit situation, most exits older than six months their
 * six-month one; one in five of each is left to record (every fifth exit, not a draw, so that the follow-up
 * queues have work in them whatever the rest of the demo draws); the six-month ones left to record have had
 * none to three unanswered calls.
 * Also the programmes' targets per indicator.
 */
@ApplicationScoped
public class DemoOutcomes {

    @PersistenceContext(unitName = "tremplin")
    EntityManager em;

    /** Returns the number of outcomes created. */
    public int seed(List<Enrolment> exits, List<Programme> programmes, LocalDate today, Random random) {
        int count = 0;
        for (int i = 0; i < exits.size(); i++) {
            Enrolment e = exits.get(i);
            LocalDate exit = e.getExitDate();
            if (i % 5 != 4 && !exit.plusDays(7).isAfter(today)) {
                em.persist(new Outcome(e, OutcomeTiming.AT_EXIT, atExit(random), exit.plusDays(random.nextInt(8)),
                        OutcomeSource.DECLARATION, null, "coordinator", today));
                count++;
            }
            LocalDate due = OutcomeTiming.SIX_MONTHS.dueOn(exit);
            if (i % 5 != 0 && !due.plusDays(7).isAfter(today)) {
                em.persist(new Outcome(e, OutcomeTiming.SIX_MONTHS, sixMonths(random), due.plusDays(random.nextInt(8)),
                        OutcomeSource.SURVEY, null, "coordinator", today));
                count++;
            } else if (i % 5 == 0 && due.isBefore(today.minusDays(3))) {
                attempts(e, due, (i / 5) % 4, today); // none, one, two, or three calls without an answer: unreachable
            }
        }
        for (Programme p : programmes) {
            int scale = "Synapse".equals(p.getName()) ? 160 : 60;
            p.setTarget("EECO01", scale);
            p.setTarget("EECO02", scale / 2);
            p.setTarget("EECO04", scale / 4);
            p.setTarget("EECO09", scale / 2);
            p.setTarget("EECR02", scale / 5);
            p.setTarget("EECR04", scale / 5);
            p.setTarget("EECR05", scale / 4);
        }
        em.flush();
        return count;
    }

    private void attempts(Enrolment e, LocalDate due, int count, LocalDate today) {
        ContactChannel[] ways = {ContactChannel.PHONE, ContactChannel.SMS, ContactChannel.PHONE};
        String[] notes = {"Messagerie, message laissé", "SMS sans réponse", "Ne répond pas, numéro toujours attribué"};
        LocalDateTime now = LocalDateTime.now();
        for (int n = 0; n < count; n++) {
            LocalDateTime at = due.plusDays(1 + 2L * n).atTime(17, 30);
            em.persist(new ContactAttempt(e, OutcomeTiming.SIX_MONTHS, at.isAfter(now) ? now : at, ways[n], false, notes[n],
                    "coordinator", now));
        }
    }

    private static Situation atExit(Random random) {
        int r = random.nextInt(10);
        if (r < 3) {
            return new Situation(true, false, false, false, null, false, false, false);
        }
        if (r < 5) {
            return new Situation(false, true, r == 4, false, null, false, false, false);
        }
        if (r < 8) {
            return Situation.employedAs(ContractType.values()[random.nextInt(ContractType.values().length)]);
        }
        return r == 8 ? new Situation(false, false, false, false, null, false, true, false) : Situation.unknownSituation();
    }

    private static Situation sixMonths(Random random) {
        int r = random.nextInt(10);
        if (r < 5) {
            return new Situation(false, false, false, true, ContractType.values()[random.nextInt(ContractType.values().length)],
                    true, false, false);
        }
        if (r < 7) {
            return new Situation(true, false, false, false, null, r == 6, false, false);
        }
        return r < 9 ? new Situation(false, true, false, false, null, true, false, false) : Situation.unknownSituation();
    }
}
