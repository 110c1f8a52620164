package org.tremplin.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.tremplin.audit.application.AuditTrail;
import org.tremplin.audit.domain.AuditAction;
import org.tremplin.audit.domain.AuditWording;
import org.tremplin.identity.domain.ApiToken;
import org.tremplin.identity.infrastructure.ApiTokenRepository;

/**
 * Checks the personal access token of an API request ({@code Authorization: Bearer …}): read from the
 * database at each request (a revocation on any instance refuses the next use), a SHA-256 compared, no
 * PBKDF2. Every use is an audit event of the token's owner; its last use is kept to the minute.
 */
@ApplicationScoped
public class TokenIdentityStore {

    @Inject
    ApiTokenRepository tokens;

    @Inject
    AuditTrail audit;

    Clock clock = Clock.systemDefaultZone();

    /** The token, when the text is a usable token of an enabled account. */
    @Transactional
    public Optional<ApiToken> validate(String text, String method, String path) {
        String lookup = ApiToken.lookupOf(text);
        Optional<ApiToken> token = lookup == null ? Optional.empty() : tokens.byLookup(lookup);
        LocalDate today = LocalDate.now(clock);
        if (token.isEmpty() || !token.get().accepts(text, today)) {
            token.ifPresent(t -> audit.recordAs(t.getOwner().getUsername(), AuditAction.LOGIN_FAILED, "ApiToken", t.getId(),
                    AuditWording.of("tokenRefused", method, path)));
            return Optional.empty();
        }
        ApiToken t = token.get();
        Instant now = clock.instant();
        if (t.getLastUsedAt() == null || t.getLastUsedAt().isBefore(now.minusSeconds(60))) {
            tokens.touch(t.getId(), now);
        }
        audit.recordAs(t.getOwner().getUsername(), AuditAction.TOKEN_USED, "ApiToken", t.getId(),
                AuditWording.of("tokenUsed", method, path, t.getScope()));
        return token;
    }
}
