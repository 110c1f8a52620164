package org.tremplin.learner.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tremplin.learner.domain.EnrolmentStatus;
import org.tremplin.learner.domain.LearnerFilter;
import org.tremplin.learner.domain.LearnerSort;
import org.tremplin.learner.web.LearnerListQuery.Column;

class LearnerListQueryTest {

    @Test
    void anAddressWithoutParametersIsTheWholeListByNameFirstPage() {
        LearnerListQuery q = LearnerListQuery.parse(Map.of());
        assertEquals(LearnerFilter.none(), q.filter());
        assertEquals(Column.lastName, q.column());
        assertEquals(LearnerSort.NAME, q.column().sort());
        assertFalse(q.descending());
        assertEquals(1, q.page());
        assertEquals(20, q.rows());
        assertEquals(List.of(), q.unreadable());
        assertEquals("list.xhtml", q.pageLink(1));
    }

    @Test
    void everyParameterIsRead() {
        LearnerListQuery q = LearnerListQuery.parse(Map.ofEntries(Map.entry("q", "  Mart "), Map.entry("site", "3"),
                Map.entry("programme", "7"), Map.entry("cohort", "12"), Map.entry("status", "ACTIVE"),
                Map.entry("esf", "false"), Map.entry("restricted", "true"), Map.entry("sort", "birthDate"),
                Map.entry("desc", "true"), Map.entry("page", "4"), Map.entry("rows", "50")));
        assertEquals(new LearnerFilter("Mart", 3L, 7L, 12L, EnrolmentStatus.ACTIVE, false, true), q.filter());
        assertEquals(LearnerSort.BIRTH_DATE, q.column().sort());
        assertTrue(q.descending());
        assertEquals(4, q.page());
        assertEquals(50, q.rows());
        assertEquals(List.of(), q.unreadable());
    }

    @Test
    void aValueThatCannotBeReadIsLeftOutAndNamedTheOthersStillApply() {
        LearnerListQuery q = LearnerListQuery.parse(Map.of("site", "Roubaix", "page", "0", "rows", "35", "sort", "age",
                "esf", "maybe", "status", "GONE", "programme", "7", "q", "x".repeat(101)));
        assertEquals(List.of("q", "site", "status", "esf", "sort", "page", "rows"), q.unreadable());
        assertEquals(new LearnerFilter(null, null, 7L, null, null, null, false), q.filter());
        assertEquals(1, q.page());
        assertEquals(20, q.rows());
        assertEquals(Column.lastName, q.column());
    }

    @Test
    void anEmptyValueIsNoFilterAndNothingToReport() {
        LearnerListQuery q = LearnerListQuery.parse(Map.of("q", "", "site", "", "esf", " ", "page", ""));
        assertEquals(LearnerFilter.none(), q.filter());
        assertEquals(List.of(), q.unreadable());
    }

    @Test
    void pageLinksKeepTheFiltersOrderAndSizeAndLeaveOutTheDefaults() {
        LearnerListQuery q = LearnerListQuery.parse(Map.of("q", "Lé a", "site", "3", "esf", "true", "sort", "site",
                "rows", "100", "page", "2"));
        assertEquals("list.xhtml?q=L%C3%A9+a&site=3&esf=true&sort=site&rows=100&page=3", q.pageLink(3));
        assertEquals("list.xhtml?q=L%C3%A9+a&site=3&esf=true&sort=site&rows=100", q.pageLink(1), "page 1 is the default");
        assertEquals("list.xhtml?page=2", LearnerListQuery.parse(Map.of("sort", "lastName", "rows", "20")).pageLink(2));
    }

    @Test
    void aColumnsLinkOrdersAscendingThenDescendingFromTheFirstPage() {
        LearnerListQuery byName = LearnerListQuery.parse(Map.of("page", "3", "status", "ACTIVE"));
        assertEquals("list.xhtml?status=ACTIVE&sort=birthDate", byName.sortLink(Column.birthDate));
        assertEquals("list.xhtml?status=ACTIVE&sort=lastName&desc=true", byName.sortLink(Column.lastName), "already ascending: descending");
        assertEquals("ascending", byName.sortState(Column.lastName));
        assertEquals("none", byName.sortState(Column.birthDate));

        LearnerListQuery descending = LearnerListQuery.parse(Map.of("sort", "birthDate", "desc", "true"));
        assertEquals("descending", descending.sortState(Column.birthDate));
        assertEquals("list.xhtml?sort=birthDate", descending.sortLink(Column.birthDate), "descending: ascending again");
    }

    @Test
    void withoutCohortKeepsEverythingElse() {
        LearnerListQuery q = LearnerListQuery.parse(Map.of("programme", "7", "cohort", "12", "page", "2", "rows", "50"));
        LearnerListQuery without = q.withoutCohort();
        assertNull(without.cohortId());
        assertEquals(7L, without.programmeId());
        assertEquals(2, without.page());
        assertEquals(50, without.rows());
    }
}
