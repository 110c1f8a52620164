-- Personal access tokens for integrations (docs/api.md, "Tokens"). The secret is shown once and never
-- stored: only its SHA-256, found through the token's public lookup part. A revoked or expired token
-- is refused on every instance at its next use (the row is read at each request, not cached).
CREATE TABLE api_token (
    id BIGINT PRIMARY KEY,
    version BIGINT NOT NULL,
    account_id BIGINT NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    name VARCHAR(80) NOT NULL,
    scope VARCHAR(8) NOT NULL,
    lookup VARCHAR(16) NOT NULL,
    secret_hash VARCHAR(64) NOT NULL,
    created_at TIMESTAMP NOT NULL,
    expires_on DATE NOT NULL,
    revoked_at TIMESTAMP,
    last_used_at TIMESTAMP,
    CONSTRAINT api_token_lookup_uk UNIQUE (lookup),
    CONSTRAINT api_token_scope_ck CHECK (scope IN ('READ', 'WRITE'))
);
CREATE INDEX api_token_account_ix ON api_token (account_id);

-- A token's creation, revocation and every use are audit events of their own.
ALTER TABLE audit_event DROP CONSTRAINT audit_event_action_ck;
ALTER TABLE audit_event ADD CONSTRAINT audit_event_action_ck CHECK (action IN ('CREATE', 'UPDATE', 'DELETE', 'LOGIN',
    'LOGIN_FAILED', 'ACCESS_DENIED', 'EXPORT', 'ERASURE', 'RESTRICTION', 'RETENTION', 'TOKEN_CREATED', 'TOKEN_REVOKED',
    'TOKEN_USED'));
