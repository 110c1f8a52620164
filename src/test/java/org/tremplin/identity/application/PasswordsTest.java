package org.tremplin.identity.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.security.enterprise.identitystore.PasswordHash;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.tremplin.identity.domain.Account;
import org.tremplin.identity.domain.Role;
import org.tremplin.testing.FastHash;

/** Passwords through the platform's Pbkdf2PasswordHash, configured as the app configures it. */
class PasswordsTest {

    private static final char[] PASSWORD = "le chat dort sur le canapé".toCharArray();

    /** Written by the hand-written hasher that came before (same password, 1,024 iterations): must still verify. */
    private static final String EARLIER_HASH =
            "PBKDF2WithHmacSHA256:1024:xye7RA4aeO5L6yire7QLKEdfuAgZf1yyG0iPLVcXtfo=:Bj89BV1iDZozbac2al7p/XEn2McoWy0KKK4w/SAMbj0=";

    /** The demo password as the hand-written hasher stored it at the app's 210,000 iterations. */
    private static final String EARLIER_DEMO_HASH =
            "PBKDF2WithHmacSHA256:210000:gHjF97Mu2kgyXO1bXuWiLHm0srU2WKhvCFUw3FFehg8=:wZrgTtIzW3VSddjO6Livz74EhMCCVnRU9DP114P+sMo=";

    private final PasswordHash hash = FastHash.create();

    @Test
    void hashesStoredBeforeThePlatformHashStillVerify() {
        assertTrue(hash.verify(PASSWORD, EARLIER_HASH));
        assertFalse(hash.verify("le chat dort sur le canape".toCharArray(), EARLIER_HASH));
        assertTrue(hash.verify("tremplin-demo".toCharArray(), EARLIER_DEMO_HASH), "the iterations are read from the hash");
    }

    @Test
    void aHashNamesItsAlgorithmIterationsSaltAndKey() {
        String[] parts = hash.generate(PASSWORD).split(":");
        assertEquals(4, parts.length);
        assertEquals("PBKDF2WithHmacSHA256", parts[0]);
        assertEquals(String.valueOf(FastHash.ITERATIONS), parts[1]);
        assertEquals(32, Base64.getDecoder().decode(parts[2]).length);
        assertEquals(32, Base64.getDecoder().decode(parts[3]).length);
    }

    @Test
    void theAppHashesAt210000Iterations() {
        String stored = FastHash.create(Passwords.ITERATIONS).generate(PASSWORD);
        assertTrue(stored.startsWith("PBKDF2WithHmacSHA256:210000:"), stored);
    }

    @Test
    void theAppsHashVerifiesAPublishedPasswordsCheaperHash() {
        String published = FastHash.create(Passwords.PUBLISHED_ITERATIONS).generate(PASSWORD);
        assertTrue(published.startsWith("PBKDF2WithHmacSHA256:1024:"), published);
        PasswordHash app = FastHash.create(Passwords.ITERATIONS);
        assertTrue(app.verify(PASSWORD, published), "the demo accounts log in through the app's own hash");
        assertFalse(app.verify("le chat dort".toCharArray(), published));
    }

    @Test
    void samePasswordHashesDifferentlyEachTimeAndWrongOnesFail() {
        String first = hash.generate(PASSWORD);
        String second = hash.generate(PASSWORD);
        assertNotEquals(first.split(":")[2], second.split(":")[2]);
        assertTrue(hash.verify(PASSWORD, first));
        assertTrue(hash.verify(PASSWORD, second));
        assertFalse(hash.verify(new char[0], first));
    }

    @Test
    void anAccountWithoutOrWithAnUnreadableHashCannotLogIn() {
        Account account = new Account("claire", "Claire", Role.COORDINATOR);
        assertFalse(account.canLogIn(PASSWORD, hash), "no password yet");
        account.changePassword("a long enough passphrase".toCharArray(), hash);
        assertTrue(account.canLogIn("a long enough passphrase".toCharArray(), hash));
        assertFalse(account.canLogIn(PASSWORD, hash));
    }

    @Test
    void theIterationCountIsReadFromTheHashAndCannotBeAltered() {
        String stored = hash.generate(PASSWORD);
        assertTrue(FastHash.create(1500).verify(PASSWORD, stored));
        assertFalse(Account.matches(hash, PASSWORD, stored.replace(":1024:", ":1025:")));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
            "not a hash",
            "PBKDF2WithHmacSHA256:1024:c2FsdHNhbHRzYWx0:",
            "PBKDF2WithHmacSHA1:1024:c2FsdHNhbHRzYWx0:aGFzaGhhc2hoYXNo",
            "PBKDF2WithHmacSHA256:many:c2FsdHNhbHRzYWx0:aGFzaGhhc2hoYXNo",
            "PBKDF2WithHmacSHA256:99999999999:c2FsdHNhbHRzYWx0:aGFzaGhhc2hoYXNo",
            "PBKDF2WithHmacSHA256:0:c2FsdHNhbHRzYWx0:aGFzaGhhc2hoYXNo",
            "PBKDF2WithHmacSHA256:-5:c2FsdHNhbHRzYWx0:aGFzaGhhc2hoYXNo",
            "PBKDF2WithHmacSHA256:1024:not*base64!:aGFzaGhhc2hoYXNo",
            "PBKDF2WithHmacSHA256:1024:c2FsdHNhbHRzYWx0:not*base64!",
            "PBKDF2WithHmacSHA256:1024::aGFzaGhhc2hoYXNo",
            "PBKDF2WithHmacSHA256:1024:c2FsdHNhbHRzYWx0:aGFzaGhhc2hoYXNo:extra"})
    void aMalformedStoredHashMatchesNothingWithoutThrowing(String stored) {
        assertFalse(Account.matches(hash, PASSWORD, stored));
    }
}
