package org.tremplin.shared.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Who the start-up warm-up lets in: its own requests, only while it runs. */
class StartupWarmUpTest {

    final StartupWarmUp warmUp = new StartupWarmUp();

    @Test
    void nothingIsLetInBeforeAWarmUpBegins() {
        assertFalse(warmUp.accepts("", "127.0.0.1", "127.0.0.1"));
        assertFalse(warmUp.accepts("anything", "127.0.0.1", "127.0.0.1"));
    }

    @Test
    void itsOwnRequestsAreLetInWhileItRunsAndNoLonger() {
        String secret = warmUp.open();
        assertTrue(warmUp.accepts(secret, "127.0.0.1", "127.0.0.1"));
        assertTrue(warmUp.accepts(secret, "10.0.0.5", "10.0.0.5"), "the machine's own address on another interface");
        warmUp.end();
        assertFalse(warmUp.accepts(secret, "127.0.0.1", "127.0.0.1"), "forgotten when it ends");
    }

    @Test
    void aRequestFromElsewhereOrWithAnotherValueIsNot() {
        String secret = warmUp.open();
        assertFalse(warmUp.accepts(secret, "10.0.0.7", "10.0.0.5"), "from another machine");
        assertFalse(warmUp.accepts(secret, null, "127.0.0.1"));
        assertFalse(warmUp.accepts(secret.substring(1), "127.0.0.1", "127.0.0.1"));
        assertFalse(warmUp.accepts(secret + "A", "127.0.0.1", "127.0.0.1"));
        assertFalse(warmUp.accepts("", "127.0.0.1", "127.0.0.1"));
    }

    @Test
    void eachWarmUpDrawsASecretOfItsOwn() {
        String first = warmUp.open();
        String second = warmUp.open();
        assertNotEquals(first, second);
        assertEquals(43, second.length(), "256 bits, base64url");
        assertFalse(warmUp.accepts(first, "127.0.0.1", "127.0.0.1"));
    }

    @Test
    void theCallerCannotBeAnAccount() {
        assertFalse(StartupWarmUp.CALLER.matches("^[a-z0-9._-]{3,40}$"), "the user name rule of Account");
    }
}
