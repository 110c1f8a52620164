-- Audit trail: append-only, each event chained to the previous one by a SHA-256 hash
-- (org.tremplin.audit.domain.AuditEvent). audit_head holds the last sequence number and hash: appending
-- locks that one row, so events get gapless numbers in commit order even with several instances.
CREATE TABLE audit_event (
    seq BIGINT NOT NULL PRIMARY KEY,
    occurred_at TIMESTAMP NOT NULL,
    actor VARCHAR(100) NOT NULL,
    action VARCHAR(30) NOT NULL,
    target_type VARCHAR(60),
    target_id BIGINT,
    detail VARCHAR(1000),
    prev_hash VARCHAR(64) NOT NULL,
    hash VARCHAR(64) NOT NULL,
    CONSTRAINT audit_event_action_ck CHECK (action IN ('CREATE', 'UPDATE', 'DELETE', 'LOGIN', 'LOGIN_FAILED',
        'ACCESS_DENIED', 'EXPORT', 'ERASURE', 'RESTRICTION', 'RETENTION'))
);
CREATE INDEX audit_event_target_ix ON audit_event (target_type, target_id);
CREATE INDEX audit_event_time_ix ON audit_event (occurred_at);
CREATE INDEX audit_event_actor_ix ON audit_event (actor);

CREATE TABLE audit_head (
    id INTEGER NOT NULL PRIMARY KEY,
    seq BIGINT NOT NULL,
    hash VARCHAR(64) NOT NULL,
    CONSTRAINT audit_head_one_ck CHECK (id = 1)
);
INSERT INTO audit_head (id, seq, hash) VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

-- Rights of the person. Restriction (since restricted_on): hidden from search and trainers, still counted. Anonymisation
-- (erasure or retention) keeps the birth year and, on each enrolment, the age at entry, so that the
-- ESF+ age indicators stay right without the birth date.
ALTER TABLE learner ADD COLUMN restricted_on DATE;
ALTER TABLE learner ADD COLUMN anonymised_on DATE;
ALTER TABLE learner ADD COLUMN birth_year INTEGER;
ALTER TABLE enrolment ADD COLUMN age_at_entry INTEGER;
