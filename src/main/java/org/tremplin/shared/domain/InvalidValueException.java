package org.tremplin.shared.domain;

/**
 * A value that the request alone shows to be wrong (a missing date, a level of 9, an end before its start): HTTP
 * 400 on the API. A rule that only the stored records can break (an item already lent, an exit before the stored
 * entry) stays a {@link ConflictException}, 409. Screens show both the same way, as a message on the field; the
 * subclass keeps their handling in one place.
 */
public class InvalidValueException extends ConflictException {

    public InvalidValueException(String field, String message) {
        super(field, message);
    }
}
