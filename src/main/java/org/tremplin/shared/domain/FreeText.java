package org.tremplin.shared.domain;

/** An optional free text of an entity (a note, a first name): trimmed, blank as none, at most so many characters. */
public final class FreeText {

    private FreeText() {
    }

    /** The text trimmed, or null when blank; longer than {@code max} is refused on {@code field}. */
    public static String optional(String value, int max, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String clean = value.strip();
        if (clean.length() > max) {
            throw new InvalidValueException(field, "At most " + max + " characters.");
        }
        return clean;
    }
}
