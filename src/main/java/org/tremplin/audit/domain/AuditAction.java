package org.tremplin.audit.domain;

/** What an audit event records. Changes to records name the fields changed, never their values. */
public enum AuditAction {
    CREATE, UPDATE, DELETE,
    LOGIN, LOGIN_FAILED, ACCESS_DENIED,
    EXPORT,
    /** A person's record anonymised at their request. */
    ERASURE,
    /** Processing of a person's record restricted or the restriction lifted. */
    RESTRICTION,
    /** A person's record anonymised by the retention job. */
    RETENTION,
    /** A personal access token created, revoked, or used for an API request (each use). */
    TOKEN_CREATED, TOKEN_REVOKED, TOKEN_USED
}
