package org.tremplin.learner.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tremplin.learner.domain.ConsentStatus.State;
import org.tremplin.programme.domain.Site;

class ConsentStatusTest {

    private static final LocalDate MARCH = LocalDate.of(2025, 3, 1);
    private final Learner learner = new Learner("Élodie", "Martin", new Site("Centre social", "Lille"));

    private Consent entry(ConsentPurpose purpose, boolean given, LocalDate on) {
        return new Consent(learner, purpose, given, on, ConsentMethod.SIGNED_FORM, "coordinator");
    }

    @Test
    void nothingRecordedIsNeverAskedAndNotInForce() {
        ConsentStatus s = ConsentStatus.of(ConsentPurpose.SIX_MONTH_SURVEY, List.of());
        assertEquals(State.NEVER_ASKED, s.state());
        assertNull(s.since());
        assertFalse(s.isInForce());
    }

    @Test
    void everyPurposeHasAStateInTheirOrder() {
        List<ConsentStatus> all = ConsentStatus.all(List.of(entry(ConsentPurpose.PHOTOS, false, MARCH)));
        assertEquals(List.of(ConsentPurpose.values()), all.stream().map(ConsentStatus::purpose).toList());
        assertEquals(List.of(State.NEVER_ASKED, State.NEVER_ASKED, State.REFUSED), all.stream().map(ConsentStatus::state).toList());
        assertEquals(MARCH, all.get(2).since());
    }

    @Test
    void aWithdrawnConsentIsWithdrawnFromTheDayOfItsWithdrawal() {
        Consent given = entry(ConsentPurpose.SIX_MONTH_SURVEY, true, MARCH);
        assertEquals(State.GIVEN, ConsentStatus.of(ConsentPurpose.SIX_MONTH_SURVEY, List.of(given)).state());
        given.withdraw(MARCH.plusMonths(2), "coordinator");
        ConsentStatus s = ConsentStatus.of(ConsentPurpose.SIX_MONTH_SURVEY, List.of(given));
        assertEquals(State.WITHDRAWN, s.state());
        assertEquals(MARCH.plusMonths(2), s.since());
        assertFalse(s.isInForce());
    }

    @Test
    void theNewestEntryDecides() {
        Consent agreed = entry(ConsentPurpose.SIX_MONTH_SURVEY, true, MARCH);
        Consent refusedLater = entry(ConsentPurpose.SIX_MONTH_SURVEY, false, MARCH.plusDays(10));
        assertEquals(State.REFUSED, ConsentStatus.of(ConsentPurpose.SIX_MONTH_SURVEY, List.of(agreed, refusedLater)).state(),
                "a later refusal ends an agreement that was never withdrawn");
        Consent agreedAgain = entry(ConsentPurpose.SIX_MONTH_SURVEY, true, MARCH.plusDays(20));
        ConsentStatus s = ConsentStatus.of(ConsentPurpose.SIX_MONTH_SURVEY, List.of(agreedAgain, agreed, refusedLater));
        assertEquals(State.GIVEN, s.state());
        assertEquals(MARCH.plusDays(20), s.since());
        assertTrue(s.isInForce());
        assertEquals(State.NEVER_ASKED, ConsentStatus.of(ConsentPurpose.PHOTOS, List.of(agreed)).state(), "purposes are apart");
    }
}
