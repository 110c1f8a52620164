package org.tremplin.identity.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.tremplin.identity.domain.Account;
import org.tremplin.identity.domain.Role;
import org.tremplin.programme.domain.Programme;
import org.tremplin.programme.domain.Site;
import org.tremplin.testing.FastHash;

/** The first admin comes from the configuration, once, and never with a weak password. */
class InitialAdminTest {

    /** Records what would be stored, and hashes for real (with few iterations). */
    static class RecordingAccounts extends AccountService {
        final List<Account> created = new ArrayList<>();
        long existing;

        @Override
        public long count() {
            return existing;
        }

        @Override
        public Account create(Account account, char[] password, Set<Site> sites, Set<Programme> programmes) {
            account.changePassword(password, FastHash.create());
            created.add(account);
            return account;
        }
    }

    final RecordingAccounts accounts = new RecordingAccounts();
    final InitialAdmin initialAdmin = new InitialAdmin();

    InitialAdminTest() {
        initialAdmin.accounts = accounts;
        initialAdmin.config = ConfigProvider.getConfig();
    }

    @AfterEach
    void clear() {
        System.clearProperty(InitialAdmin.ADMIN_PASSWORD);
        System.clearProperty(InitialAdmin.ADMIN_USER);
    }

    @Test
    void withoutAPasswordNoAccountIsCreated() {
        initialAdmin.createFromConfiguration();
        assertTrue(accounts.created.isEmpty());
    }

    @Test
    void createsTheAdminWhenTheDatabaseHasNoAccount() {
        System.setProperty(InitialAdmin.ADMIN_PASSWORD, "a long enough passphrase");
        initialAdmin.createFromConfiguration();
        assertEquals(1, accounts.created.size());
        Account admin = accounts.created.get(0);
        assertEquals("admin", admin.getUsername());
        assertEquals(Role.ADMIN, admin.getRole());
        assertTrue(admin.canLogIn("a long enough passphrase".toCharArray(), FastHash.create()));
    }

    @Test
    void theUserNameCanBeChosen() {
        System.setProperty(InitialAdmin.ADMIN_PASSWORD, "a long enough passphrase");
        System.setProperty(InitialAdmin.ADMIN_USER, "Claire.Admin");
        initialAdmin.createFromConfiguration();
        assertEquals("claire.admin", accounts.created.get(0).getUsername());
    }

    @Test
    void isIgnoredOnceAnyAccountExists() {
        accounts.existing = 1;
        System.setProperty(InitialAdmin.ADMIN_PASSWORD, "a long enough passphrase");
        initialAdmin.createFromConfiguration();
        assertTrue(accounts.created.isEmpty());
    }

    @Test
    void aWeakPasswordStopsTheStartWithAClearMessage() {
        System.setProperty(InitialAdmin.ADMIN_PASSWORD, "short");
        IllegalStateException e = assertThrows(IllegalStateException.class, initialAdmin::createFromConfiguration);
        assertTrue(e.getMessage().contains("at least 12 characters"), e.getMessage());
        assertTrue(accounts.created.isEmpty());
        assertNull(System.getenv(InitialAdmin.ADMIN_PASSWORD), "the test relies on the environment not setting it");
    }
}
