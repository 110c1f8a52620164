package org.tremplin.identity.domain;

import java.util.Optional;

/**
 * Length over composition (NIST SP 800-63B): at least 12 characters, no composition rules, not the
 * user name, not a trivially repeated character.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    private PasswordPolicy() {
    }

    /** The bundle key of the reason the password is refused, or empty when it is acceptable. */
    public static Optional<String> check(String username, String password) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return Optional.of("password.tooShort");
        }
        if (password.codePointCount(0, password.length()) > MAX_LENGTH) {
            return Optional.of("password.tooLong");
        }
        if (username != null && password.equalsIgnoreCase(username)) {
            return Optional.of("password.isUsername");
        }
        if (password.codePoints().distinct().count() < 3) {
            return Optional.of("password.tooSimple");
        }
        return Optional.empty();
    }
}
