package org.tremplin.equipment.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tremplin.equipment.domain.LoanFilter;
import org.tremplin.shared.web.ListAddress;
import org.tremplin.shared.web.ListQuery;

/**
 * What the list of loans' address asks for: {@code overdue} ({@code true}: only the loans past their due date),
 * {@code site} (an id), {@code page} (from 1) and {@code rows} ({@link ListAddress#ROW_CHOICES}). The list shows
 * the open loans, the first due first. A value that cannot be read is left out and named in {@link #unreadable}.
 */
public record LoanListQuery(boolean overdue, Long siteId, int page, int rows, List<String> unreadable) implements ListQuery {

    /** The list's address, relative to its own (links from the page to itself). */
    static final String PAGE = "loans.xhtml";

    /** The query of a request's parameters (each parameter's first value). */
    public static LoanListQuery parse(Map<String, String> params) {
        ListAddress r = new ListAddress(params);
        Boolean overdue = r.value("overdue", ListAddress::bool);
        Long site = r.value("site", Long::valueOf);
        int page = r.page();
        int rows = r.rows();
        return new LoanListQuery(Boolean.TRUE.equals(overdue), site, page, rows, r.unreadable());
    }

    /** What the list shows: open loans, of a site, overdue ones only. */
    public LoanFilter filter() {
        return new LoanFilter(null, null, siteId, true, overdue);
    }

    @Override
    public String pageLink(int number) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("overdue", overdue ? true : null);
        params.put("site", siteId);
        return ListAddress.link(PAGE, params, rows, number);
    }
}
