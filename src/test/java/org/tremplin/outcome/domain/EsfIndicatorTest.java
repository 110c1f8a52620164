package org.tremplin.outcome.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.tremplin.outcome.domain.ContractType;
import org.tremplin.outcome.domain.OutcomeTiming;
import org.tremplin.outcome.domain.Situation;

/**
 * The ESF+ common indicators: found by code however typed, the six result indicators each read from
 * one box of the situation observed at one time (EECR01–04 at exit, EECR05–06 six months later).
 */
class EsfIndicatorTest {

    private static final Situation JOB_SEARCHING = new Situation(true, false, false, false, null, false, false, false);
    private static final Situation IN_TRAINING = new Situation(false, true, false, false, null, false, false, false);
    private static final Situation QUALIFIED = new Situation(false, false, true, false, null, false, false, false);
    private static final Situation EMPLOYED = Situation.employedAs(ContractType.PERMANENT);
    private static final Situation BETTER = new Situation(false, false, false, false, null, true, false, false);
    private static final Situation EVERYTHING = new Situation(true, true, true, true, ContractType.PERMANENT, true,
            false, false);

    @Test
    void byCodeFindsAnExactCode() {
        assertEquals(Optional.of(EsfIndicator.EECR05), EsfIndicator.byCode("EECR05"));
    }

    @Test
    void byCodeIgnoresCase() {
        assertEquals(Optional.of(EsfIndicator.EECO12), EsfIndicator.byCode("eeCo12"));
    }

    @Test
    void byCodeIgnoresSurroundingWhitespace() {
        assertEquals(Optional.of(EsfIndicator.EECR01), EsfIndicator.byCode("  eecr01\t"));
    }

    @Test
    void byCodeOfAnUnknownCodeIsEmpty() {
        assertEquals(Optional.empty(), EsfIndicator.byCode("EECR07"));
        assertEquals(Optional.empty(), EsfIndicator.byCode("EECO18"));
        assertEquals(Optional.empty(), EsfIndicator.byCode("EE CR01"));
    }

    @Test
    void byCodeOfNothingIsEmpty() {
        assertEquals(Optional.empty(), EsfIndicator.byCode(null));
        assertEquals(Optional.empty(), EsfIndicator.byCode(""));
        assertEquals(Optional.empty(), EsfIndicator.byCode("   "));
    }

    @Test
    void theCodeIsTheName() {
        assertEquals("EECO01", EsfIndicator.EECO01.code());
        assertEquals("EECR06", EsfIndicator.EECR06.code());
    }

    @Test
    void resultsAreExactlyEecr01ToEecr06InOrder() {
        assertEquals(List.of(EsfIndicator.EECR01, EsfIndicator.EECR02, EsfIndicator.EECR03, EsfIndicator.EECR04,
                EsfIndicator.EECR05, EsfIndicator.EECR06), EsfIndicator.results());
    }

    @Test
    void thereAreSeventeenOutputIndicatorsBesideTheResults() {
        assertEquals(23, EsfIndicator.values().length);
        assertEquals(EsfIndicator.EECO17, EsfIndicator.values()[16]);
    }

    @Test
    void eecr01To04AreReadAtExitAndEecr05To06SixMonthsLater() {
        assertEquals(Optional.of(OutcomeTiming.AT_EXIT), EsfIndicator.EECR01.timing());
        assertEquals(Optional.of(OutcomeTiming.AT_EXIT), EsfIndicator.EECR02.timing());
        assertEquals(Optional.of(OutcomeTiming.AT_EXIT), EsfIndicator.EECR03.timing());
        assertEquals(Optional.of(OutcomeTiming.AT_EXIT), EsfIndicator.EECR04.timing());
        assertEquals(Optional.of(OutcomeTiming.SIX_MONTHS), EsfIndicator.EECR05.timing());
        assertEquals(Optional.of(OutcomeTiming.SIX_MONTHS), EsfIndicator.EECR06.timing());
    }

    @ParameterizedTest
    @EnumSource(value = EsfIndicator.class, names = "EECO.*", mode = EnumSource.Mode.MATCH_ALL)
    void anOutputIndicatorIsNotAResultAndCountsNoObservation(EsfIndicator output) {
        assertFalse(output.isResult());
        assertEquals(Optional.empty(), output.timing());
        assertFalse(output.counts(OutcomeTiming.AT_EXIT, EVERYTHING));
        assertFalse(output.counts(OutcomeTiming.SIX_MONTHS, EVERYTHING));
    }

    @Test
    void eecr01CountsJobSearchingAtExit() {
        assertTrue(EsfIndicator.EECR01.isResult());
        assertTrue(EsfIndicator.EECR01.counts(OutcomeTiming.AT_EXIT, JOB_SEARCHING));
        assertFalse(EsfIndicator.EECR01.counts(OutcomeTiming.AT_EXIT, IN_TRAINING));
    }

    @Test
    void eecr02CountsEducationOrTrainingAtExit() {
        assertTrue(EsfIndicator.EECR02.counts(OutcomeTiming.AT_EXIT, IN_TRAINING));
        assertFalse(EsfIndicator.EECR02.counts(OutcomeTiming.AT_EXIT, QUALIFIED));
    }

    @Test
    void eecr03CountsAQualificationAtExit() {
        assertTrue(EsfIndicator.EECR03.counts(OutcomeTiming.AT_EXIT, QUALIFIED));
        assertFalse(EsfIndicator.EECR03.counts(OutcomeTiming.AT_EXIT, EMPLOYED));
    }

    @Test
    void eecr04CountsAJobAtExit() {
        assertTrue(EsfIndicator.EECR04.counts(OutcomeTiming.AT_EXIT, EMPLOYED));
        assertFalse(EsfIndicator.EECR04.counts(OutcomeTiming.AT_EXIT, JOB_SEARCHING));
    }

    @Test
    void eecr05CountsAJobSixMonthsAfterExit() {
        assertTrue(EsfIndicator.EECR05.counts(OutcomeTiming.SIX_MONTHS, EMPLOYED));
        assertFalse(EsfIndicator.EECR05.counts(OutcomeTiming.SIX_MONTHS, BETTER));
    }

    @Test
    void eecr06CountsABetterSituationSixMonthsAfterExit() {
        assertTrue(EsfIndicator.EECR06.counts(OutcomeTiming.SIX_MONTHS, BETTER));
        assertFalse(EsfIndicator.EECR06.counts(OutcomeTiming.SIX_MONTHS, EMPLOYED));
    }

    @Test
    void anAtExitIndicatorNeverCountsASixMonthObservation() {
        assertFalse(EsfIndicator.EECR01.counts(OutcomeTiming.SIX_MONTHS, EVERYTHING));
        assertFalse(EsfIndicator.EECR02.counts(OutcomeTiming.SIX_MONTHS, EVERYTHING));
        assertFalse(EsfIndicator.EECR03.counts(OutcomeTiming.SIX_MONTHS, EVERYTHING));
        assertFalse(EsfIndicator.EECR04.counts(OutcomeTiming.SIX_MONTHS, EVERYTHING));
    }

    @Test
    void aSixMonthIndicatorNeverCountsAnAtExitObservation() {
        assertFalse(EsfIndicator.EECR05.counts(OutcomeTiming.AT_EXIT, EVERYTHING));
        assertFalse(EsfIndicator.EECR06.counts(OutcomeTiming.AT_EXIT, EVERYTHING));
    }

    @Test
    void anUnknownSituationCountsInNoResult() {
        for (EsfIndicator result : EsfIndicator.results()) {
            assertFalse(result.counts(result.timing().orElseThrow(), Situation.unknownSituation()), result.code());
        }
    }
}
