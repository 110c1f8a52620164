package org.tremplin.learner.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tremplin.learner.domain.EnrolmentStatus;
import org.tremplin.learner.domain.LearnerFilter;
import org.tremplin.learner.domain.LearnerSort;
import org.tremplin.shared.web.ListAddress;
import org.tremplin.shared.web.ListQuery;

/**
 * What the learner list's address asks for, and the addresses of its other pages and orders.
 * <p>
 * Parameters: {@code q} (part of a name, at most {@value #MAX_TEXT} characters), {@code site}, {@code programme},
 * {@code cohort} (ids), {@code status} ({@link EnrolmentStatus}), {@code esf} ({@code true}: complete, {@code false}:
 * incomplete), {@code restricted} ({@code true}: only the records whose processing is restricted), {@code sort}
 * ({@link Column}), {@code desc} ({@code true}), {@code page} (from 1) and {@code rows} ({@link ListAddress#ROW_CHOICES}).
 * A value that cannot be read is left out, and its parameter named in {@link #unreadable} for the page to say so;
 * an empty value is no filter.
 */
public record LearnerListQuery(String text, Long siteId, Long programmeId, Long cohortId, EnrolmentStatus status,
        Boolean esfComplete, boolean restricted, Column column, boolean descending, int page, int rows,
        List<String> unreadable) implements ListQuery {

    static final int MAX_TEXT = 100;
    /** The list's address, relative to its own (links from the page to itself). */
    static final String PAGE = "list.xhtml";

    /** The sortable columns, as the address names them, and the order each gives. */
    public enum Column {
        lastName(LearnerSort.NAME), firstName(LearnerSort.FIRST_NAME), birthDate(LearnerSort.BIRTH_DATE), site(LearnerSort.SITE);

        private final LearnerSort sort;

        Column(LearnerSort sort) {
            this.sort = sort;
        }

        public LearnerSort sort() {
            return sort;
        }
    }

    /** The query of a request's parameters (each parameter's first value). */
    public static LearnerListQuery parse(Map<String, String> params) {
        ListAddress r = new ListAddress(params);
        String text = r.value("q", q -> q.length() <= MAX_TEXT ? q.strip() : null);
        Long site = r.value("site", Long::valueOf);
        Long programme = r.value("programme", Long::valueOf);
        Long cohort = r.value("cohort", Long::valueOf);
        EnrolmentStatus status = r.value("status", EnrolmentStatus::valueOf);
        Boolean esf = r.value("esf", ListAddress::bool);
        Boolean restricted = r.value("restricted", ListAddress::bool);
        Column column = r.value("sort", Column::valueOf);
        Boolean desc = r.value("desc", ListAddress::bool);
        int page = r.page();
        int rows = r.rows();
        return new LearnerListQuery(text, site, programme, cohort, status, esf, Boolean.TRUE.equals(restricted),
                column == null ? Column.lastName : column, Boolean.TRUE.equals(desc), page, rows, r.unreadable());
    }

    /** What the list shows: the filter for the learner service. */
    public LearnerFilter filter() {
        return new LearnerFilter(text, siteId, programmeId, cohortId, status, esfComplete, restricted);
    }

    /** The same query without its cohort (one the form kept when the programme or site changed). */
    public LearnerListQuery withoutCohort() {
        return new LearnerListQuery(text, siteId, programmeId, null, status, esfComplete, restricted, column, descending,
                page, rows, unreadable);
    }

    /** The address of another page of the same list (relative to the list's own, as its links are). */
    @Override
    public String pageLink(int number) {
        return link(column, descending, number);
    }

    /** The address of the list ordered by a column: ascending, or descending when it is ascending by it already; from its first page. */
    public String sortLink(Column by) {
        return link(by, by == column && !descending, 1);
    }

    /** How the list is ordered by a column, as a header's {@code aria-sort} says it. */
    public String sortState(Column by) {
        return by != column ? "none" : descending ? "descending" : "ascending";
    }

    private String link(Column by, boolean desc, int number) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("q", text == null || text.isEmpty() ? null : text);
        params.put("site", siteId);
        params.put("programme", programmeId);
        params.put("cohort", cohortId);
        params.put("status", status);
        params.put("esf", esfComplete);
        params.put("restricted", restricted ? true : null);
        params.put("sort", by == Column.lastName && !desc ? null : by);
        params.put("desc", desc ? true : null);
        return ListAddress.link(PAGE, params, rows, number);
    }
}
