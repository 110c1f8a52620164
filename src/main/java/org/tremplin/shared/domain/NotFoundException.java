package org.tremplin.shared.domain;

/** An id that names nothing the current user may see. */
public class NotFoundException extends RuntimeException {

    private final String what;
    private final transient Object id;

    public NotFoundException(String what, Object id) {
        super(what + " " + id + " not found");
        this.what = what;
        this.id = id;
    }

    /** The kind of record looked for, as its class is named ("Cohort"). */
    public String getWhat() {
        return what;
    }

    public Object getId() {
        return id;
    }
}
