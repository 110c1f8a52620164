package org.tremplin.equipment.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tremplin.equipment.domain.LoanFilter;

/** The address of the list of loans: what it asks for, and the addresses of its other pages. */
class LoanListQueryTest {

    @Test
    void withoutParametersTheListShowsEveryOpenLoanTwentyAPage() {
        LoanListQuery q = LoanListQuery.parse(Map.of());
        assertEquals(new LoanFilter(null, null, null, true, false), q.filter());
        assertEquals(1, q.page());
        assertEquals(20, q.rows());
        assertEquals(List.of(), q.unreadable());
        assertEquals("loans.xhtml?page=2", q.pageLink(2));
    }

    @Test
    void theOverdueLoansOfASiteOnAPageOfFifty() {
        LoanListQuery q = LoanListQuery.parse(Map.of("overdue", "true", "site", " 12 ", "rows", "50", "page", "3"));
        assertTrue(q.overdue());
        assertEquals(new LoanFilter(null, null, 12L, true, true), q.filter());
        assertEquals(3, q.page());
        assertEquals(50, q.rows());
        assertEquals("loans.xhtml?overdue=true&site=12&rows=50&page=4", q.pageLink(4));
        assertEquals("loans.xhtml?overdue=true&site=12&rows=50", q.pageLink(1), "page 1 is the default");
    }

    @Test
    void aValueThatCannotBeReadIsLeftOutAndNamedTheOthersStillApply() {
        LoanListQuery q = LoanListQuery.parse(Map.of("overdue", "yes", "site", "Roubaix", "rows", "30", "page", "-1"));
        assertEquals(List.of("overdue", "site", "page", "rows"), q.unreadable());
        assertFalse(q.overdue());
        assertEquals(new LoanFilter(null, null, null, true, false), q.filter());
        assertEquals(1, q.page());
        assertEquals(20, q.rows());
        assertEquals("loans.xhtml", q.pageLink(1));
    }

    @Test
    void anEmptyValueIsNoFilterAndNothingToReport() {
        LoanListQuery q = LoanListQuery.parse(Map.of("overdue", "", "site", " "));
        assertEquals(new LoanFilter(null, null, null, true, false), q.filter());
        assertEquals(List.of(), q.unreadable());
    }
}
