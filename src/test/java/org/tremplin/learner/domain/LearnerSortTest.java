package org.tremplin.learner.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.tremplin.learner.domain.LearnerSort;

class LearnerSortTest {

    @Test
    void nameOrderAppliesTheDirectionToEveryColumn() {
        assertEquals("l.lastName ASC, l.firstName ASC, l.id ASC", LearnerSort.NAME.orderBy(false));
        assertEquals("l.lastName DESC, l.firstName DESC, l.id DESC", LearnerSort.NAME.orderBy(true));
    }

    @Test
    void otherOrdersListTheirColumnsThenId() {
        assertEquals("l.firstName ASC, l.lastName ASC, l.id ASC", LearnerSort.FIRST_NAME.orderBy(false));
        assertEquals("s.name DESC, l.lastName DESC, l.id DESC", LearnerSort.SITE.orderBy(true));
        assertEquals("l.birthDate ASC NULLS LAST, l.id ASC", LearnerSort.BIRTH_DATE.orderBy(false));
        assertEquals("l.birthDate DESC NULLS LAST, l.id DESC", LearnerSort.BIRTH_DATE.orderBy(true));
    }

    @Test
    void recentSortsByIdInTheRequestedDirection() {
        assertTrue(LearnerSort.RECENT.orderBy(true).startsWith("l.id DESC"));
        assertTrue(LearnerSort.RECENT.orderBy(false).startsWith("l.id ASC"));
    }

    @ParameterizedTest
    @EnumSource(LearnerSort.class)
    void everyOrderEndsWithIdForStablePaging(LearnerSort sort) {
        assertTrue(sort.orderBy(false).endsWith("l.id ASC"));
        assertTrue(sort.orderBy(true).endsWith("l.id DESC"));
        assertTrue(!sort.orderBy(true).contains("ASC") && !sort.orderBy(false).contains("DESC"));
    }
}
