package org.tremplin.learner.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.tremplin.learner.domain.EnrolmentStatus;
import org.tremplin.learner.domain.LearnerFilter;
import org.tremplin.learner.domain.LearnerSort;

/**
 * What the learner list's address asks for, and the addresses of its other pages and orders.
 * <p>
 * Parameters: {@code q} (part of a name, at most {@value #MAX_TEXT} characters), {@code site}, {@code programme},
 * {@code cohort} (ids), {@code status} ({@link EnrolmentStatus}), {@code esf} ({@code true}: complete, {@code false}:
 * incomplete), {@code restricted} ({@code true}: only the records whose processing is restricted), {@code sort}
 * ({@link Column}), {@code desc} ({@code true}), {@code page} (from 1) and {@code rows} ({@link #ROW_CHOICES}).
 * A value that cannot be read is left out, and its parameter named in {@link #unreadable} for the page to say so;
 * an empty value is no filter.
 */
public record LearnerListQuery(String text, Long siteId, Long programmeId, Long cohortId, EnrolmentStatus status,
        Boolean esfComplete, boolean restricted, Column column, boolean descending, int page, int rows,
        List<String> unreadable) {

    /** Rows a page: the first is the default. */
    public static final List<Integer> ROW_CHOICES = List.of(20, 50, 100);
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
        Reader r = new Reader(params);
        String text = r.value("q", q -> q.length() <= MAX_TEXT ? q.strip() : null);
        Long site = r.value("site", Long::valueOf);
        Long programme = r.value("programme", Long::valueOf);
        Long cohort = r.value("cohort", Long::valueOf);
        EnrolmentStatus status = r.value("status", EnrolmentStatus::valueOf);
        Boolean esf = r.value("esf", LearnerListQuery::bool);
        Boolean restricted = r.value("restricted", LearnerListQuery::bool);
        Column column = r.value("sort", Column::valueOf);
        Boolean desc = r.value("desc", LearnerListQuery::bool);
        Integer page = r.value("page", p -> Integer.valueOf(p) >= 1 ? Integer.valueOf(p) : null);
        Integer rows = r.value("rows", n -> ROW_CHOICES.contains(Integer.valueOf(n)) ? Integer.valueOf(n) : null);
        return new LearnerListQuery(text, site, programme, cohort, status, esf, Boolean.TRUE.equals(restricted),
                column == null ? Column.lastName : column, Boolean.TRUE.equals(desc), page == null ? 1 : page,
                rows == null ? ROW_CHOICES.get(0) : rows, List.copyOf(r.unreadable));
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
        params.put("rows", rows == ROW_CHOICES.get(0) ? null : rows);
        params.put("page", number <= 1 ? null : number);
        String query = params.entrySet().stream().filter(e -> e.getValue() != null)
                .map(e -> e.getKey() + "=" + URLEncoder.encode(String.valueOf(e.getValue()), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return PAGE + (query.isEmpty() ? "" : "?" + query);
    }

    private static Boolean bool(String value) {
        return switch (value) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException(value);
        };
    }

    /** Reads parameters one by one, noting those whose value cannot be read. */
    private static final class Reader {
        private final Map<String, String> params;
        private final List<String> unreadable = new ArrayList<>();

        Reader(Map<String, String> params) {
            this.params = params;
        }

        <T> T value(String name, Function<String, T> read) {
            String raw = params.get(name);
            if (raw == null || raw.isBlank()) {
                return null;
            }
            T value;
            try {
                value = read.apply(raw.strip());
            } catch (IllegalArgumentException e) { // NumberFormatException too
                value = null;
            }
            if (value == null) {
                unreadable.add(name);
            }
            return value;
        }
    }
}
