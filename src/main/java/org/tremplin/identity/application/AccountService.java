package org.tremplin.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.PasswordHash;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.tremplin.audit.application.Audited;
import org.tremplin.identity.domain.Account;
import org.tremplin.identity.domain.LoginThrottle;
import org.tremplin.identity.infrastructure.AccountRepository;
import org.tremplin.programme.domain.Programme;
import org.tremplin.programme.domain.Site;
import org.tremplin.shared.domain.ConflictException;

/** Accounts: created and changed by admins, or by the first-admin bootstrap and the demo data. */
@ApplicationScoped
@Transactional
@Audited
public class AccountService {

    @Inject
    AccountRepository accounts;

    @Inject
    Passwords passwords;

    @Inject
    LoginThrottle throttle;

    public Account create(@NotNull @Valid Account account, char[] password, Set<Site> sites, Set<Programme> programmes) {
        return create(account, password, passwords.hash(), sites, programmes);
    }

    /**
     * A demo account: its password is printed in the README, so it is hashed at the platform's minimum of iterations
     * ({@link Passwords#publishedHash()}); never for a password someone chose.
     */
    public Account createWithPublishedPassword(@NotNull @Valid Account account, char[] password, Set<Site> sites,
            Set<Programme> programmes) {
        return create(account, password, passwords.publishedHash(), sites, programmes);
    }

    private Account create(Account account, char[] password, PasswordHash hash,
            Set<Site> sites, Set<Programme> programmes) {
        if (accounts.byUsername(account.getUsername()).isPresent()) {
            throw new ConflictException("username", "This user name is already taken.");
        }
        account.changePassword(password, hash);
        account.getSites().addAll(sites);
        account.getProgrammes().addAll(programmes);
        accounts.store(account);
        accounts.flush();
        return account;
    }

    public Account update(@NotNull @Valid Account account, Set<Site> sites, Set<Programme> programmes) {
        Account stored = accounts.store(account);
        stored.getSites().clear();
        stored.getSites().addAll(sites);
        stored.getProgrammes().clear();
        stored.getProgrammes().addAll(programmes);
        accounts.flush();
        return stored;
    }

    public void changePassword(@NotNull Long accountId, char[] password) {
        accounts.get(accountId).changePassword(password, passwords.hash());
    }

    /**
     * The caller typed their password again before a grave action (erasure, a bulk export or run).
     * Failures count towards the login throttle, so it cannot be used to guess a password.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean confirms(String username, char[] password, String address) {
        if (username == null || password == null || password.length == 0 || throttle.isBlocked(address, username)) {
            return false;
        }
        boolean ok = accounts.byUsername(username).map(a -> a.canLogIn(password, passwords.hash())).orElse(false);
        if (!ok) {
            throttle.failed(address, username);
        }
        return ok;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Account> byUsername(String username) {
        return accounts.byUsername(username);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Account get(Long id) {
        Account account = accounts.get(id);
        account.getSites().size();
        account.getProgrammes().size();
        return account;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Account> all() {
        return accounts.all();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long count() {
        return accounts.count();
    }
}
