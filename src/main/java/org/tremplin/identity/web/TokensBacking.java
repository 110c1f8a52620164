package org.tremplin.identity.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.omnifaces.util.Messages;
import org.tremplin.identity.application.ApiTokenService;
import org.tremplin.identity.domain.ApiToken;
import org.tremplin.identity.domain.TokenScope;

/**
 * account/tokens.xhtml: the person's own personal access tokens. Creating one takes the password typed
 * again ({@link Reauthentication}); its secret is shown once, on the page that created it, and never again.
 */
@Named
@ViewScoped
public class TokensBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    /** The expiry offered by default. */
    static final int DEFAULT_DAYS = 90;

    @Inject
    ApiTokenService service;

    @Inject
    Reauthentication reauthentication;

    private String name;
    private TokenScope scope = TokenScope.READ;
    private LocalDate expiresOn = LocalDate.now().plusDays(DEFAULT_DAYS);
    private transient String secret;
    private transient List<ApiToken> tokens;

    public void create() {
        if (!reauthentication.isFresh()) {
            Messages.addGlobalError("tokens.reauthNeeded");
            return;
        }
        ApiToken.ExpiryProblem problem = ApiToken.checkExpiry(expiresOn, LocalDate.now());
        if (problem != null) {
            Messages.addError("token:expiresOn", "tokens.expiry." + problem.name(), ApiToken.MAX_DAYS);
            return;
        }
        ApiToken.Issued issued = service.create(name.strip(), scope, expiresOn);
        secret = issued.text();
        Messages.addGlobalInfo("tokens.created", issued.token().getName());
        name = null;
        tokens = null;
    }

    public void revoke(Long id) {
        ApiToken token = service.revoke(id);
        Messages.addGlobalInfo("tokens.revoked", token.getName());
        tokens = null;
    }

    public List<ApiToken> getTokens() {
        if (tokens == null) {
            tokens = service.mine();
        }
        return tokens;
    }

    public ApiToken.State state(ApiToken token) {
        return token.state(LocalDate.now());
    }

    /** An instant as the server's local date and time, for display. */
    public LocalDateTime local(Instant at) {
        return at == null ? null : LocalDateTime.ofInstant(at, ZoneId.systemDefault());
    }

    public TokenScope[] getScopes() {
        return TokenScope.values();
    }

    public String getSecret() {
        return secret;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public TokenScope getScope() {
        return scope;
    }

    public void setScope(TokenScope scope) {
        this.scope = scope;
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }

    public void setExpiresOn(LocalDate expiresOn) {
        this.expiresOn = expiresOn;
    }
}
