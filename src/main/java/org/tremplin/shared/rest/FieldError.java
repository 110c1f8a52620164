package org.tremplin.shared.rest;

/** One entry of a problem's {@code errors} list: the JSON field and what is wrong with it. */
public record FieldError(String field, String message) {
}
