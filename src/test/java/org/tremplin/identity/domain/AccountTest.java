package org.tremplin.identity.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.security.enterprise.identitystore.PasswordHash;
import org.junit.jupiter.api.Test;
import org.tremplin.testing.FastHash;

class AccountTest {

    private static final char[] PASSWORD = "une longue phrase de passe".toCharArray();

    private final PasswordHash hasher = FastHash.create();
    private final Account account = new Account("camille", "Camille Dupont", Role.TRAINER);

    @Test
    void newAccountHasNoPasswordAndCannotLogIn() {
        assertFalse(account.hasPassword());
        assertFalse(account.canLogIn(PASSWORD, hasher));
    }

    @Test
    void tooShortPasswordIsRefusedAndNoHashIsStored() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> account.changePassword("short".toCharArray(), hasher));
        assertEquals("password.tooShort", e.getMessage());
        assertFalse(account.hasPassword());
    }

    @Test
    void usernameAsPasswordIsRefused() {
        Account a = new Account("camille.dupont", "Camille Dupont", Role.TRAINER);
        assertThrows(IllegalArgumentException.class, () -> a.changePassword("CAMILLE.DUPONT".toCharArray(), hasher));
        assertFalse(a.hasPassword());
    }

    @Test
    void refusedChangeKeepsThePreviousPassword() {
        account.changePassword(PASSWORD, hasher);
        assertThrows(IllegalArgumentException.class, () -> account.changePassword("aaaaaaaaaaaaaa".toCharArray(), hasher));
        assertTrue(account.canLogIn(PASSWORD, hasher));
    }

    @Test
    void enabledAccountLogsInWithItsPasswordOnly() {
        account.changePassword(PASSWORD, hasher);
        assertTrue(account.hasPassword());
        assertTrue(account.canLogIn(PASSWORD, hasher));
        assertFalse(account.canLogIn("une autre phrase de passe".toCharArray(), hasher));
    }

    @Test
    void disabledAccountCannotLogInEvenWithTheRightPassword() {
        account.changePassword(PASSWORD, hasher);
        account.setEnabled(false);
        assertFalse(account.canLogIn(PASSWORD, hasher));
    }

    @Test
    void normaliseLowerCasesAndTrimsAndTheConstructorUsesIt() {
        assertEquals("camille.dupont", Account.normalise("  Camille.DUPONT\t"));
        assertNull(Account.normalise(null));
        assertEquals("camille", new Account(" CAMILLE ", "Camille", Role.ADMIN).getUsername());
    }
}
