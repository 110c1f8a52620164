package org.tremplin.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import java.util.Set;
import org.tremplin.audit.application.AuditTrail;
import org.tremplin.audit.domain.AuditAction;
import org.tremplin.audit.domain.AuditWording;
import org.tremplin.identity.domain.Account;
import org.tremplin.identity.domain.LoginThrottle;
import org.tremplin.identity.infrastructure.AccountRepository;

/**
 * Checks a user name and password against the accounts table. Unknown user, wrong password,
 * disabled account and throttled name all give the same invalid result, in about the same time.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    @Inject
    AccountRepository accounts;

    @Inject
    Passwords passwords;

    @Inject
    LoginThrottle throttle;

    @Inject
    AuditTrail audit;

    /** The request being authenticated: its client address counts in the throttle. */
    @Inject
    HttpServletRequest request;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential upc)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        String username = Account.normalise(upc.getCaller());
        char[] password = upc.getPassword().getValue();
        if (username == null || username.isEmpty()) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        String address = request.getRemoteAddr();
        if (throttle.isBlocked(address, username)) {
            audit.recordAs(username, AuditAction.LOGIN_FAILED, AuditWording.of("loginThrottled", address));
            return CredentialValidationResult.INVALID_RESULT;
        }
        Optional<Account> account = accounts.byUsername(username);
        if (account.isEmpty()) {
            passwords.burn(password);
        }
        if (account.isPresent() && account.get().canLogIn(password, passwords.hash())) {
            throttle.succeeded(address, username);
            return new CredentialValidationResult(username, Set.of(account.get().getRole().group()));
        }
        throttle.failed(address, username);
        audit.recordAs(username, AuditAction.LOGIN_FAILED, AuditWording.of(account.isEmpty() ? "unknownUser" : "wrongPassword"));
        return CredentialValidationResult.INVALID_RESULT;
    }
}
