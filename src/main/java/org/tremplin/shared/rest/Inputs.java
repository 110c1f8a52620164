package org.tremplin.shared.rest;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import org.tremplin.shared.application.Failures;
import org.tremplin.shared.domain.NotFoundException;

/**
 * Turns the text of a JSON request into domain values, collecting one error per bad field, so a
 * client learns about every problem in one answer. Call {@link #check()} before using the values.
 */
public final class Inputs {

    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);

    private static final Set<String> REFERENCES = Set.of("site", "programme", "cohort", "learner");

    private final List<FieldError> errors = new ArrayList<>();

    public LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip(), ISO);
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "must be a real date written YYYY-MM-DD, got \"" + shorten(value) + "\""));
            return null;
        }
    }

    /** An instant written as ISO 8601 in UTC or with an offset, e.g. 2026-12-03T09:15:00Z. */
    public Instant instant(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.strip()).toInstant();
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "must be a date and time with its offset, e.g. 2026-12-03T09:15:00Z, got \""
                    + shorten(value) + "\""));
            return null;
        }
    }

    /** A time of day written HH:MM (seconds allowed). */
    public LocalTime time(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalTime.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "must be a time written HH:MM, got \"" + shorten(value) + "\""));
            return null;
        }
    }

    public <E extends Enum<E>> E choice(String field, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(field, "must be one of " + List.of(type.getEnumConstants()) + ", got \"" + shorten(value) + "\""));
            return null;
        }
    }

    public <T> T required(String field, T value) {
        if (value == null && errors.stream().noneMatch(e -> e.field().equals(field))) {
            errors.add(new FieldError(field, "is required"));
        }
        return value;
    }

    public void add(String field, String message) {
        errors.add(new FieldError(field, message));
    }

    /** Adds the Bean Validation errors of a bean (its constraints live on the entity), one per field. */
    public void validate(Validator validator, Object bean) {
        for (ConstraintViolation<Object> v : validator.validate(bean)) {
            String field = Failures.fieldOf(v);
            if (REFERENCES.contains(field)) {
                field = field + "Id"; // the JSON names the id of the referenced record
            }
            String name = field;
            if (errors.stream().noneMatch(e -> e.field().equals(name))) {
                errors.add(new FieldError(name, v.getMessage()));
            }
        }
    }

    /** Resolves a referenced record, reporting an unknown or out-of-scope id as a field error. */
    public <T> T reference(String field, Object id, Supplier<T> lookup) {
        if (id == null) {
            return required(field, null);
        }
        try {
            return lookup.get();
        } catch (NotFoundException e) {
            errors.add(new FieldError(field, "no such record among those you may use: " + id));
            return null;
        }
    }

    public void check() {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    /**
     * As {@link #check()}, for a route whose address names a record: before reporting bad input it looks the record
     * up, so that an unknown or hidden id is a 404 whatever the body (the address first, then the body, then the
     * stored state). A valid request pays no extra look-up.
     */
    public void checkAddressed(Runnable findAddressed) {
        if (!errors.isEmpty()) {
            findAddressed.run();
        }
        check();
    }

    /**
     * As {@link #body(Object)}, for a route whose address names a record: an empty body, or fields the route does not
     * take, are reported only once {@code findAddressed} has found it (else its 404).
     */
    public static <T> T body(T json, Runnable findAddressed) {
        List<FieldError> untaken = RequestFields.takePending();
        if (json == null || !untaken.isEmpty()) {
            findAddressed.run();
        }
        if (!untaken.isEmpty()) {
            throw new InvalidInputException(untaken);
        }
        return body(json);
    }

    /** An empty request body where a JSON object is expected; fields the route does not take ({@link Takes}). */
    public static <T> T body(T json) {
        List<FieldError> untaken = RequestFields.takePending();
        if (!untaken.isEmpty()) {
            throw new InvalidInputException(untaken);
        }
        if (json == null) {
            throw new InvalidInputException(List.of(new FieldError("body", "a JSON object is required")));
        }
        return json;
    }

    public static String text(LocalTime time) {
        return time == null ? null : time.toString();
    }

    public static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }

    public static String text(Enum<?> value) {
        return value == null ? null : value.name();
    }

    public static String shorten(String value) {
        String clean = value.replaceAll("\\p{Cntrl}", "?");
        return clean.length() > 40 ? clean.substring(0, 40) + "…" : clean;
    }
}
