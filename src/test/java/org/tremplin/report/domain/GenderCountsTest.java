package org.tremplin.report.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.tremplin.learner.domain.Gender;
import org.tremplin.report.domain.GenderCounts.Disclosed;

/**
 * A figure by gender: adding people to the right cell (and always to the total), showing it whole to
 * staff, and masking small cells for funders with secondary suppression, the total never masked.
 */
class GenderCountsTest {

    private static final int THRESHOLD = 5;

    @Test
    void zeroHasEveryCellAtZero() {
        assertEquals(new GenderCounts(0, 0, 0, 0), GenderCounts.ZERO);
    }

    @Test
    void plusAWomanCountsInWomenAndTheTotal() {
        assertEquals(new GenderCounts(3, 0, 0, 3), GenderCounts.ZERO.plus(Gender.WOMAN, 3));
    }

    @Test
    void plusAManCountsInMenAndTheTotal() {
        assertEquals(new GenderCounts(0, 2, 0, 2), GenderCounts.ZERO.plus(Gender.MAN, 2));
    }

    @Test
    void plusANonBinaryPersonCountsInNonBinaryAndTheTotal() {
        assertEquals(new GenderCounts(0, 0, 1, 1), GenderCounts.ZERO.plus(Gender.NON_BINARY, 1));
    }

    @Test
    void plusAnUnrecordedGenderCountsInTheTotalOnly() {
        assertEquals(new GenderCounts(0, 0, 0, 4), GenderCounts.ZERO.plus(null, 4));
    }

    @Test
    void plusAddsUpAndLeavesTheOriginalUnchanged() {
        GenderCounts start = new GenderCounts(1, 2, 0, 4);
        GenderCounts sum = start.plus(Gender.WOMAN, 5).plus(Gender.MAN, 1).plus(null, 2).plus(Gender.NON_BINARY, 1);
        assertEquals(new GenderCounts(6, 3, 1, 13), sum);
        assertEquals(new GenderCounts(1, 2, 0, 4), start);
    }

    @Test
    void ofReadsTheCellOfAGender() {
        GenderCounts c = new GenderCounts(7, 4, 2, 15);
        assertEquals(7, c.of(Gender.WOMAN));
        assertEquals(4, c.of(Gender.MAN));
        assertEquals(2, c.of(Gender.NON_BINARY));
    }

    @Test
    void disclosedWithoutThresholdShowsEveryCellEvenTheSmallOnes() {
        Disclosed d = new GenderCounts(1, 0, 2, 4).disclosed();
        assertEquals(new Disclosed(1L, 0L, 2L, 4), d);
        assertFalse(d.isMasked());
    }

    @Test
    void nothingIsMaskedWhenEveryCellReachesTheThreshold() {
        Disclosed d = new GenderCounts(12, 8, 6, 26).disclosed(THRESHOLD);
        assertEquals(new Disclosed(12L, 8L, 6L, 26), d);
        assertFalse(d.isMasked());
    }

    @Test
    void aCellEqualToTheThresholdIsShown() {
        assertEquals(new Disclosed(5L, 5L, 5L, 15), new GenderCounts(5, 5, 5, 15).disclosed(THRESHOLD));
    }

    @Test
    void aSingleSmallCellAlsoMasksTheSmallestOtherCell() {
        Disclosed d = new GenderCounts(12, 8, 2, 22).disclosed(THRESHOLD);
        assertEquals(new Disclosed(12L, null, null, 22), d);
        assertTrue(d.isMasked());
    }

    @Test
    void aZeroCellIsMaskedLikeAnyOtherSmallCell() {
        assertEquals(new Disclosed(12L, null, null, 20), new GenderCounts(12, 8, 0, 20).disclosed(THRESHOLD));
    }

    @Test
    void secondarySuppressionPicksTheSmallestOtherCellWhereverItIs() {
        assertEquals(new Disclosed(null, null, 9L, 18), new GenderCounts(2, 7, 9, 18).disclosed(THRESHOLD));
        assertEquals(new Disclosed(9L, null, null, 18), new GenderCounts(9, 2, 7, 18).disclosed(THRESHOLD));
        assertEquals(new Disclosed(null, 9L, null, 18), new GenderCounts(7, 9, 2, 18).disclosed(THRESHOLD));
    }

    @Test
    void twoSmallCellsAreMaskedWithoutMaskingTheThird() {
        assertEquals(new Disclosed(null, 12L, null, 16), new GenderCounts(3, 12, 1, 16).disclosed(THRESHOLD));
    }

    @Test
    void everyCellSmallMasksThemAllButShowsTheTotal() {
        Disclosed d = new GenderCounts(1, 2, 0, 3).disclosed(THRESHOLD);
        assertEquals(new Disclosed(null, null, null, 3), d);
        assertTrue(d.isMasked());
    }

    @Test
    void theTotalIsNeverMaskedAndKeepsTheUnrecordedGenders() {
        GenderCounts c = GenderCounts.ZERO.plus(Gender.WOMAN, 10).plus(Gender.MAN, 9).plus(Gender.NON_BINARY, 1)
                .plus(null, 3);
        assertEquals(new Disclosed(10L, null, null, 23), c.disclosed(THRESHOLD));
    }

    @Test
    void theThresholdIsConfigurable() {
        GenderCounts c = new GenderCounts(3, 10, 8, 21);
        assertEquals(new Disclosed(3L, 10L, 8L, 21), c.disclosed(3));
        assertEquals(new Disclosed(null, 10L, null, 21), c.disclosed(5));
    }

    @Test
    void aHigherThresholdMasksMoreCells() {
        GenderCounts c = new GenderCounts(3, 4, 10, 17);
        assertEquals(new Disclosed(3L, 4L, 10L, 17), c.disclosed(3));
        assertEquals(new Disclosed(null, null, 10L, 17), c.disclosed(5));
        assertEquals(new Disclosed(null, null, null, 17), c.disclosed(11));
    }
}
