package org.tremplin.outcome.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tremplin.learner.domain.Enrolment;
import org.tremplin.learner.domain.ExitReason;
import org.tremplin.learner.domain.Learner;
import org.tremplin.programme.domain.Cohort;
import org.tremplin.programme.domain.Programme;
import org.tremplin.programme.domain.Site;

class SurveyTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

    static Enrolment leaver() {
        Site site = new Site("Centre social Lille-Sud", "Lille");
        Programme p = new Programme("Synapse", "FSE+", TODAY.minusYears(2), TODAY.plusYears(2));
        Cohort c = new Cohort(p, site, "Groupe", TODAY.minusMonths(9), TODAY.minusMonths(6), 30);
        Enrolment e = new Enrolment(new Learner("Nadia", "Enquete", site), c, TODAY.minusMonths(9));
        e.exit(TODAY.minusMonths(6), ExitReason.COMPLETED);
        return e;
    }

    @Test
    void everyQuestionMustBeAnsweredAndTheContractOnlyWhenWorking() {
        assertEquals(List.of(SurveyAnswers.Question.EMPLOYED, SurveyAnswers.Question.EDUCATION, SurveyAnswers.Question.QUALIFICATION,
                SurveyAnswers.Question.JOB_SEARCHING, SurveyAnswers.Question.BETTER),
                new SurveyAnswers(null, null, null, null, null, null).unanswered());
        assertEquals(List.of(SurveyAnswers.Question.CONTRACT), new SurveyAnswers(true, null, false, false, false, true).unanswered());
        assertEquals(List.of(), new SurveyAnswers(false, null, false, false, true, false).unanswered());
    }

    @Test
    void theAnswersGiveASituationTheOutcomeRulesAccept() {
        Situation working = new SurveyAnswers(true, ContractType.PERMANENT, false, true, false, true).situation();
        assertTrue(working.employed() && working.gainedQualification() && working.betterSituation());
        assertEquals(ContractType.PERMANENT, working.contractType());
        assertEquals(List.of(), working.problems(OutcomeTiming.SIX_MONTHS));
        Situation inactive = new SurveyAnswers(false, ContractType.PERMANENT, false, false, false, false).situation();
        assertTrue(inactive.inactive(), "neither working, looking, training nor qualified");
        assertEquals(null, inactive.contractType(), "a contract answered by mistake without a job is dropped");
        assertEquals(List.of(), inactive.problems(OutcomeTiming.SIX_MONTHS));
        Situation looking = new SurveyAnswers(false, null, false, false, true, false).situation();
        assertTrue(looking.jobSearching() && !looking.inactive());
    }

    @Test
    void aLinkIsOpenUntilItExpiresNeverPastTheWindowAndOnlyItsHashIsKept() {
        Enrolment e = leaver();
        SurveyInvitation.Issued issued = SurveyInvitation.issue(e, "fr", TODAY, 30, TODAY.plusDays(10), "coordinator");
        SurveyInvitation s = issued.invitation();
        assertEquals(TODAY.plusDays(10), s.getExpiresOn(), "capped at the end of the six-month window");
        assertTrue(issued.secret().length() >= 43, "256 bits");
        assertNotEquals(issued.secret(), SurveyInvitation.hash(issued.secret()));
        assertEquals(64, SurveyInvitation.hash(issued.secret()).length());
        assertNotEquals(issued.secret(), SurveyInvitation.issue(e, "fr", TODAY, 30, null, "x").secret());
        assertEquals(SurveyInvitation.State.OPEN, s.state(TODAY.plusDays(10)));
        assertEquals(SurveyInvitation.State.EXPIRED, s.state(TODAY.plusDays(11)));
        assertEquals("fr", SurveyInvitation.issue(e, "de", TODAY, 30, null, "x").invitation().getLanguage());
    }

    @Test
    void aLinkIsUsedOnceAndAWithdrawnOneIsDead() {
        SurveyInvitation s = SurveyInvitation.issue(leaver(), "en", TODAY, 30, null, "coordinator").invitation();
        s.answered(null);
        assertEquals(SurveyInvitation.State.ANSWERED, s.state(TODAY));
        s.withdraw();
        assertEquals(SurveyInvitation.State.ANSWERED, s.state(TODAY), "an answer stays an answer");
        SurveyInvitation other = SurveyInvitation.issue(leaver(), "en", TODAY, 30, null, "coordinator").invitation();
        other.withdraw();
        assertEquals(SurveyInvitation.State.WITHDRAWN, other.state(TODAY));
        assertEquals(0, other.reminderDue(TODAY.plusDays(7), TODAY));
    }

    @Test
    void remindersGoAfterSevenAndFourteenDaysWhileTheLinkIsOpen() {
        SurveyInvitation s = SurveyInvitation.issue(leaver(), "fr", TODAY, 30, null, "system").invitation();
        assertEquals(0, s.reminderDue(TODAY.plusDays(6), TODAY));
        assertEquals(1, s.reminderDue(TODAY.plusDays(7), TODAY));
        s.reminded(1);
        assertEquals(0, s.reminderDue(TODAY.plusDays(8), TODAY), "once");
        assertEquals(2, s.reminderDue(TODAY.plusDays(14), TODAY));
        s.reminded(2);
        assertEquals(0, s.reminderDue(TODAY.plusDays(20), TODAY), "no third");
        SurveyInvitation late = SurveyInvitation.issue(leaver(), "fr", TODAY, 30, null, "system").invitation();
        assertEquals(2, late.reminderDue(TODAY.plusDays(15), TODAY), "a missed first reminder is not sent after the second's day");
        assertEquals(0, late.reminderDue(TODAY.plusDays(31), TODAY), "expired: no reminder");
    }
}
