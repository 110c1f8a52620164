package org.tremplin.shared.rest;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

/** {@code ?page=0&size=20} on list resources; pages are counted from 0, at most 200 rows. */
public class Paging {

    public static final int MAX_SIZE = 200;

    @QueryParam("page")
    @DefaultValue("0")
    String page;

    @QueryParam("size")
    @DefaultValue("20")
    String size;

    public int first() {
        return page() * size();
    }

    public int size() {
        int s = number("size", size);
        if (s < 1 || s > MAX_SIZE) {
            throw new InvalidInputException(java.util.List.of(new FieldError("size", "must be between 1 and " + MAX_SIZE)));
        }
        return s;
    }

    public int page() {
        int p = number("page", page);
        if (p < 0 || p > 1_000_000) {
            throw new InvalidInputException(java.util.List.of(new FieldError("page", "must be between 0 and 1000000")));
        }
        return p;
    }

    private static int number(String field, String value) {
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(java.util.List.of(new FieldError(field, "must be a whole number")));
        }
    }
}
