package org.tremplin.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.tremplin.audit.application.AuditTrail;
import org.tremplin.audit.application.Audited;
import org.tremplin.audit.domain.AuditAction;
import org.tremplin.audit.domain.AuditWording;
import org.tremplin.identity.domain.Account;
import org.tremplin.identity.domain.ApiToken;
import org.tremplin.identity.domain.TokenScope;
import org.tremplin.identity.infrastructure.AccountRepository;
import org.tremplin.identity.infrastructure.ApiTokenRepository;
import org.tremplin.shared.domain.NotFoundException;

/** The caller's personal access tokens: created (the secret shown once), listed, revoked. */
@ApplicationScoped
@Transactional
@Audited
public class ApiTokenService {

    @Inject
    ApiTokenRepository tokens;

    @Inject
    AccountRepository accounts;

    @Inject
    CurrentUser user;

    @Inject
    AuditTrail audit;

    public ApiToken.Issued create(String name, @NotNull TokenScope scope, @NotNull LocalDate expiresOn) {
        Account owner = accounts.byUsername(user.getUsername()).orElseThrow(() -> new NotFoundException("Account", user.getUsername()));
        ApiToken.Issued issued = ApiToken.issue(owner, name, scope, expiresOn, Instant.now(), LocalDate.now());
        tokens.store(issued.token());
        tokens.flush();
        audit.record(AuditAction.TOKEN_CREATED, "ApiToken", issued.token().getId(),
                AuditWording.of("tokenCreated", scope, expiresOn));
        return issued;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ApiToken> mine() {
        return tokens.ofOwner(user.getUsername());
    }

    /** Revokes one of the caller's tokens at once; another's is not found. Revoking twice changes nothing. */
    public ApiToken revoke(@NotNull Long id) {
        ApiToken token = tokens.find(id).filter(t -> t.getOwner().getUsername().equals(user.getUsername()))
                .orElseThrow(() -> new NotFoundException("ApiToken", id));
        if (token.getRevokedAt() == null) {
            token.revoke(Instant.now());
            audit.record(AuditAction.TOKEN_REVOKED, "ApiToken", id, AuditWording.of("tokenRevoked"));
        }
        return token;
    }
}
