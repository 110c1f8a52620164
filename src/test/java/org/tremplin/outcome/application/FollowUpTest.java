package org.tremplin.outcome.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.tremplin.learner.domain.ConsentStatus.State;
import org.tremplin.outcome.domain.OutcomeTiming;

/** Who may be phoned or written to from the follow-up queue. */
class FollowUpTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

    private static boolean mayContact(OutcomeTiming timing, State consent) {
        return new FollowUp(null, timing, TODAY, TODAY.plusWeeks(4), consent,
                new org.tremplin.outcome.domain.ContactHistory(java.util.List.of(), 3), TODAY).mayContact();
    }

    @Test
    void sixMonthsAfterExitOnlyWithTheConsentInForce() {
        assertEquals(true, mayContact(OutcomeTiming.SIX_MONTHS, State.GIVEN));
        assertEquals(false, mayContact(OutcomeTiming.SIX_MONTHS, State.NEVER_ASKED));
        assertEquals(false, mayContact(OutcomeTiming.SIX_MONTHS, State.REFUSED));
        assertEquals(false, mayContact(OutcomeTiming.SIX_MONTHS, State.WITHDRAWN));
    }

    @Test
    void atExitUnlessTheyRefusedOrWithdrewIt() {
        assertEquals(true, mayContact(OutcomeTiming.AT_EXIT, State.GIVEN));
        assertEquals(true, mayContact(OutcomeTiming.AT_EXIT, State.NEVER_ASKED), "still in touch with the programme");
        assertEquals(false, mayContact(OutcomeTiming.AT_EXIT, State.REFUSED));
        assertEquals(false, mayContact(OutcomeTiming.AT_EXIT, State.WITHDRAWN));
    }
}
