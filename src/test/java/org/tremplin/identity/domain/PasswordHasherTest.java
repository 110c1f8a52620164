package org.tremplin.identity.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    private static final char[] PASSWORD = "le chat dort sur le canapé".toCharArray();

    private final PasswordHasher hasher = new PasswordHasher(1000);

    @Test
    void hashThenVerifyRoundTrips() {
        String stored = hasher.hash(PASSWORD);
        assertTrue(hasher.verify(PASSWORD, stored));
    }

    @Test
    void wrongPasswordFails() {
        String stored = hasher.hash(PASSWORD);
        assertFalse(hasher.verify("le chat dort sur le canape".toCharArray(), stored));
        assertFalse(hasher.verify(new char[0], stored));
    }

    @Test
    void hashHasAlgorithmIterationsSaltAndKey() {
        String[] parts = hasher.hash(PASSWORD).split(":");
        assertEquals(4, parts.length);
        assertEquals("PBKDF2WithHmacSHA256", parts[0]);
        assertEquals("1000", parts[1]);
        assertEquals(1000, PasswordHasher.iterationsOf(hasher.hash(PASSWORD)));
        assertEquals(32, Base64.getDecoder().decode(parts[2]).length);
        assertEquals(32, Base64.getDecoder().decode(parts[3]).length);
    }

    @Test
    void defaultHasherUses210000Iterations() {
        String stored = new PasswordHasher().hash(PASSWORD);
        assertTrue(stored.startsWith("PBKDF2WithHmacSHA256:210000:"));
        assertEquals(210_000, PasswordHasher.iterationsOf(stored));
    }

    @Test
    void samePasswordHashesDifferentlyEachTime() {
        String first = hasher.hash(PASSWORD);
        String second = hasher.hash(PASSWORD);
        assertNotEquals(first, second);
        assertNotEquals(first.split(":")[2], second.split(":")[2]);
        assertTrue(hasher.verify(PASSWORD, first));
        assertTrue(hasher.verify(PASSWORD, second));
    }

    @Test
    void verifyUsesTheIterationCountStoredWithTheHash() {
        String stored = hasher.hash(PASSWORD);
        assertTrue(new PasswordHasher(1500).verify(PASSWORD, stored));
    }

    @Test
    void tamperedIterationCountFails() {
        String stored = hasher.hash(PASSWORD).replace(":1000:", ":1001:");
        assertFalse(hasher.verify(PASSWORD, stored));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
            "not a hash",
            "PBKDF2WithHmacSHA256:1000:c2FsdHNhbHRzYWx0:",
            "PBKDF2WithHmacSHA1:1000:c2FsdHNhbHRzYWx0:aGFzaGhhc2hoYXNo",
            "PBKDF2WithHmacSHA256:many:c2FsdHNhbHRzYWx0:aGFzaGhhc2hoYXNo",
            "PBKDF2WithHmacSHA256:99999999999:c2FsdHNhbHRzYWx0:aGFzaGhhc2hoYXNo",
            "PBKDF2WithHmacSHA256:0:c2FsdHNhbHRzYWx0:aGFzaGhhc2hoYXNo",
            "PBKDF2WithHmacSHA256:-5:c2FsdHNhbHRzYWx0:aGFzaGhhc2hoYXNo",
            "PBKDF2WithHmacSHA256:1000:not*base64!:aGFzaGhhc2hoYXNo",
            "PBKDF2WithHmacSHA256:1000:c2FsdHNhbHRzYWx0:not*base64!",
            "PBKDF2WithHmacSHA256:1000::aGFzaGhhc2hoYXNo",
            "PBKDF2WithHmacSHA256:1000:c2FsdHNhbHRzYWx0:aGFzaGhhc2hoYXNo:extra"})
    void malformedStoredHashIsRejectedWithoutThrowing(String stored) {
        assertFalse(hasher.verify(PASSWORD, stored));
    }
}
