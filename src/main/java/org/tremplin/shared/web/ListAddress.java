package org.tremplin.shared.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The address of a plain list (a page without state: {@link PlainList}): reading its parameters, each one's first
 * value, noting those that cannot be read; and writing the address of another of its pages or orders.
 */
public final class ListAddress {

    /** Rows a page: the first is the default. */
    public static final List<Integer> ROW_CHOICES = List.of(20, 50, 100);

    private final Map<String, String> params;
    private final List<String> unreadable = new ArrayList<>();

    /** The address of these request parameters (each parameter's first value). */
    public ListAddress(Map<String, String> params) {
        this.params = params;
    }

    /**
     * A parameter's value read by {@code read}; null when it is absent or empty (no filter), and null too when
     * {@code read} refuses it (throws or answers null), its name then noted in {@link #unreadable()}.
     */
    public <T> T value(String name, Function<String, T> read) {
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

    /** {@code page}: the page's number, from 1 (1 when absent or unreadable). */
    public int page() {
        Integer page = value("page", p -> Integer.valueOf(p) >= 1 ? Integer.valueOf(p) : null);
        return page == null ? 1 : page;
    }

    /** {@code rows}: one of {@link #ROW_CHOICES} (the first when absent or unreadable). */
    public int rows() {
        Integer rows = value("rows", n -> ROW_CHOICES.contains(Integer.valueOf(n)) ? Integer.valueOf(n) : null);
        return rows == null ? ROW_CHOICES.get(0) : rows;
    }

    /** The names of the parameters whose value could not be read, in the order read. */
    public List<String> unreadable() {
        return List.copyOf(unreadable);
    }

    /** A flag's value: {@code true} or {@code false}, anything else refused. */
    public static Boolean bool(String value) {
        return switch (value) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException(value);
        };
    }

    /**
     * The address of {@code page} with these parameters, in their order, those whose value is null left out; the
     * rows per page and the page number left out when they are the default. Relative: the lists link to themselves.
     */
    public static String link(String page, Map<String, Object> params, int rows, int number) {
        String query = params.entrySet().stream().filter(e -> e.getValue() != null)
                .map(e -> e.getKey() + "=" + URLEncoder.encode(String.valueOf(e.getValue()), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        List<String> paging = new ArrayList<>();
        if (rows != ROW_CHOICES.get(0)) {
            paging.add("rows=" + rows);
        }
        if (number > 1) {
            paging.add("page=" + number);
        }
        String all = query.isEmpty() ? String.join("&", paging)
                : paging.isEmpty() ? query : query + "&" + String.join("&", paging);
        return page + (all.isEmpty() ? "" : "?" + all);
    }
}
