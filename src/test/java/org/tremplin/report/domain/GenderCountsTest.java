package org.tremplin.report.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tremplin.learner.domain.Gender;
import org.tremplin.report.domain.GenderCounts.Cell;
import org.tremplin.report.domain.GenderCounts.Disclosed;

class GenderCountsTest {

    static final int THRESHOLD = 5;
    static final Suppression S = Suppression.SMALL;
    static final Suppression X = Suppression.SECONDARY;

    @Test
    void theFourCellsAlwaysAddUpToTheTotal() {
        GenderCounts c = GenderCounts.ZERO.plus(Gender.WOMAN, 5).plus(Gender.MAN, 1).plus(null, 7).plus(Gender.NON_BINARY, 1);
        assertEquals(new GenderCounts(5, 1, 1, 7), c);
        assertEquals(14, c.total());
        assertEquals(7, c.of((Gender) null));
        assertEquals(5, c.of(Gender.WOMAN));
        assertEquals(GenderCounts.ZERO, new GenderCounts(0, 0, 0, 0));
    }

    @Test
    void withoutThresholdEveryCellIsShown() {
        Disclosed d = new GenderCounts(1, 0, 2, 1).disclosed();
        assertEquals(List.of(1L, 0L, 2L, 1L, 4L), shown(d));
        assertFalse(d.isMasked());
    }

    @Test
    void cellsOfFiveOrMoreAndZerosAreShown() {
        Disclosed d = new GenderCounts(12, 5, 0, 6).disclosed(THRESHOLD);
        assertEquals(List.of(12L, 5L, 0L, 6L, 23L), shown(d));
        assertEquals(Map.of(), d.suppressed());
    }

    @Test
    void aSmallCellIsSmallAndTheCellHiddenToProtectItIsSecondaryNotSmall() {
        // the case of the issue: 33 men shown as "< 5" because they protected 2 non-binary people
        Disclosed d = new GenderCounts(40, 33, 2, 0).disclosed(THRESHOLD);
        assertEquals(Map.of("nonBinary", S, "men", X), d.suppressed());
        assertEquals(Arrays.asList(40L, null, null, 0L, 75L), shown(d));
        assertEquals(Suppression.SECONDARY, d.reason(Cell.MEN));
    }

    @Test
    void theSecondaryCellIsTheSmallestShownCellOfAtLeastTheThresholdNeverAZero() {
        assertEquals(Map.of("women", S, "notRecorded", X), new GenderCounts(2, 30, 0, 9).disclosed(THRESHOLD).suppressed());
        assertEquals(Map.of("men", S, "women", X), new GenderCounts(12, 3, 0, 0).disclosed(THRESHOLD).suppressed());
    }

    @Test
    void aSecondaryCellTooSmallToHideTheSmallOneLeadsToMore() {
        // 1 small + 5 secondary = 6: the small one could only be 1 (the secondary holds at least 5)
        Disclosed d = new GenderCounts(1, 5, 0, 40).disclosed(THRESHOLD);
        assertEquals(Map.of("women", S, "men", X, "notRecorded", X), d.suppressed());
        // nothing more to hide but the total
        assertEquals(Map.of("women", S, "men", X, "total", X), new GenderCounts(1, 5, 0, 0).disclosed(THRESHOLD).suppressed());
    }

    @Test
    void twoSmallCellsThatTheTotalPinsDownAreProtectedToo() {
        // 1 + 1 = 2 hidden: both must be 1
        assertEquals(Map.of("women", S, "men", S, "nonBinary", X), new GenderCounts(1, 1, 38, 0).disclosed(THRESHOLD).suppressed());
        // 2 + 3 = 5 hidden: either could be 1 to 4, nothing more hidden
        assertEquals(Map.of("women", S, "men", S), new GenderCounts(2, 3, 38, 0).disclosed(THRESHOLD).suppressed());
    }

    @Test
    void aSmallTotalIsHiddenWithItsCells() {
        Disclosed d = new GenderCounts(0, 3, 0, 1).disclosed(THRESHOLD);
        assertEquals(Map.of("men", S, "notRecorded", S, "total", S), d.suppressed());
        assertEquals(Arrays.asList(0L, null, 0L, null, null), shown(d));
    }

    @Test
    void noShownNumberIsEverSmallAndNoHiddenSmallCellCanBeWorkedOut() {
        for (int t : new int[] {3, 5, 10}) {
            for (int w = 0; w <= 12; w++) {
                for (int m = 0; m <= 12; m++) {
                    for (int nb = 0; nb <= 4; nb++) {
                        for (int nr = 0; nr <= 6; nr++) {
                            GenderCounts c = new GenderCounts(w, m, nb, nr);
                            Disclosed d = c.disclosed(t);
                            for (Cell cell : Cell.values()) {
                                Long v = d.of(cell);
                                assertTrue(v == null || v == 0 || v >= t, c + " shows " + cell + " = " + v);
                                assertEquals(v == null, d.reason(cell) != null, c + " " + cell);
                                if (d.reason(cell) == Suppression.SMALL) {
                                    assertTrue(c.of(cell) >= 1 && c.of(cell) < t, c + " " + cell + " is not small");
                                }
                                if (d.reason(cell) == Suppression.SECONDARY && cell != Cell.TOTAL) {
                                    assertTrue(c.of(cell) >= t, c + " " + cell + " secondary but small");
                                }
                            }
                            for (Cell cell : Cell.values()) {
                                if (d.reason(cell) == S && cell != Cell.TOTAL && d.total() != null) {
                                    assertTrue(candidates(d, t, cell).stream().distinct().count() > 1,
                                            c + " at " + t + ": " + cell + " can be worked out from " + d);
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    /** Every value a hidden small cell may hold, given what is shown and what the reasons tell. */
    private static List<Long> candidates(Disclosed d, int t, Cell first) {
        List<Cell> hidden = new ArrayList<>();
        long rest = d.total() == null ? -1 : d.total();
        for (Cell cell : List.of(Cell.WOMEN, Cell.MEN, Cell.NON_BINARY, Cell.NOT_RECORDED)) {
            if (d.of(cell) == null) {
                hidden.add(cell);
            } else {
                rest -= d.of(cell);
            }
        }
        if (rest < 0) {
            return List.of();
        }
        List<Long> values = new ArrayList<>();
        search(d, t, hidden, 0, rest, first, null, values);
        return values;
    }

    private static void search(Disclosed d, int t, List<Cell> hidden, int i, long left, Cell first, Long firstValue, List<Long> out) {
        if (i == hidden.size()) {
            if (left == 0) {
                out.add(firstValue);
            }
            return;
        }
        Cell cell = hidden.get(i);
        long low = d.reason(cell) == S ? 1 : t;
        long high = d.reason(cell) == S ? t - 1 : left;
        for (long v = low; v <= Math.min(high, left); v++) {
            search(d, t, hidden, i + 1, left - v, first, cell == first ? Long.valueOf(v) : firstValue, out);
        }
    }

    private static List<Long> shown(Disclosed d) {
        return Arrays.asList(d.women(), d.men(), d.nonBinary(), d.notRecorded(), d.total());
    }
}
