package org.tremplin.shared.domain;

/** An id that names nothing the current user may see. */
public class NotFoundException extends RuntimeException {
    public NotFoundException(String what, Object id) {
        super(what + " " + id + " not found");
    }
}
