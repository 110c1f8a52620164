package org.tremplin.identity.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.tremplin.testing.MutableClock;

class LoginThrottleTest {

    private static final String HOME = "192.0.2.10";
    private static final String ATTACKER = "198.51.100.7";

    private final MutableClock clock = new MutableClock("2025-06-15T09:00:00Z");
    private final LoginThrottle throttle = new LoginThrottle(clock);

    private void fail(String address, String username, int times) {
        for (int i = 0; i < times; i++) {
            throttle.failed(address, username);
        }
    }

    @Test
    void fourFailuresDoNotBlockTheFifthDoes() {
        assertFalse(throttle.isBlocked(ATTACKER, "camille"));
        fail(ATTACKER, "camille", 4);
        assertFalse(throttle.isBlocked(ATTACKER, "camille"));
        assertEquals(0, throttle.minutesLeft(ATTACKER, "camille"));
        fail(ATTACKER, "camille", 1);
        assertTrue(throttle.isBlocked(ATTACKER, "camille"));
        assertEquals(Duration.ofSeconds(30), throttle.waitFor(ATTACKER, "camille"));
        assertEquals(1, throttle.minutesLeft(ATTACKER, "camille"));
        assertFalse(throttle.isBlocked(ATTACKER, "dominique"), "other names are not affected");
    }

    @Test
    void sixFailuresFromOneAddressDoNotLockThePersonOutFromTheirs() {
        fail(ATTACKER, "coordinator", 6);
        assertTrue(throttle.isBlocked(ATTACKER, "coordinator"));
        assertFalse(throttle.isBlocked(HOME, "coordinator"), "the coordinator signs in from their own address");
    }

    @Test
    void theDelayDoublesWithEachFurtherFailureUpToFifteenMinutes() {
        fail(ATTACKER, "camille", 5);
        assertEquals(Duration.ofSeconds(30), throttle.waitFor(ATTACKER, "camille"));
        clock.advance(Duration.ofSeconds(31));
        assertFalse(throttle.isBlocked(ATTACKER, "camille"), "it may try again once the delay has passed");
        fail(ATTACKER, "camille", 1);
        assertEquals(Duration.ofMinutes(1), throttle.waitFor(ATTACKER, "camille"));
        fail(ATTACKER, "camille", 1);
        assertEquals(Duration.ofMinutes(2), throttle.waitFor(ATTACKER, "camille"));
        fail(ATTACKER, "camille", 10);
        assertEquals(Duration.ofMinutes(15), throttle.waitFor(ATTACKER, "camille"), "at most the window");
    }

    @Test
    void oneAddressTryingManyNamesWaitsForEveryName() {
        for (int i = 0; i < LoginThrottle.ADDRESS_FREE; i++) {
            throttle.failed(ATTACKER, "user" + i);
        }
        assertTrue(throttle.isBlocked(ATTACKER, "someone-else"));
        assertFalse(throttle.isBlocked(HOME, "someone-else"));
    }

    @Test
    void manyAddressesGuessingOneNameSlowItDownBySecondsOnly() {
        for (int i = 0; i < 30; i++) {
            throttle.failed("203.0.113." + i, "coordinator");
        }
        Duration wait = throttle.waitFor(HOME, "coordinator");
        assertTrue(wait.compareTo(Duration.ZERO) > 0 && wait.compareTo(Duration.ofSeconds(30)) <= 0, wait::toString);
        clock.advance(Duration.ofSeconds(31));
        assertFalse(throttle.isBlocked(HOME, "coordinator"), "the person is kept waiting seconds, never locked out");
    }

    @Test
    void successFromAnAddressClearsItsCounts() {
        fail(ATTACKER, "camille", 4);
        throttle.succeeded(ATTACKER, "camille");
        fail(ATTACKER, "camille", 4);
        assertFalse(throttle.isBlocked(ATTACKER, "camille"));
        fail(ATTACKER, "camille", 1);
        assertTrue(throttle.isBlocked(ATTACKER, "camille"));
        throttle.succeeded(ATTACKER, "camille");
        assertFalse(throttle.isBlocked(ATTACKER, "camille"), "success also lifts a block");
    }

    @Test
    void failuresOlderThanTheWindowAreForgotten() {
        fail(ATTACKER, "camille", 4);
        clock.advance(Duration.ofMinutes(16));
        throttle.failed(ATTACKER, "camille");
        assertFalse(throttle.isBlocked(ATTACKER, "camille"));
    }

    @Test
    void namesAreComparedCaseInsensitivelyAndTrimmed() {
        throttle.failed(ATTACKER, "Camille");
        throttle.failed(ATTACKER, " camille ");
        throttle.failed(ATTACKER, "CAMILLE");
        throttle.failed(ATTACKER, "camille\t");
        throttle.failed(ATTACKER, "camille");
        assertTrue(throttle.isBlocked(ATTACKER, "  CaMiLLe "));
        throttle.succeeded(ATTACKER, " CAMILLE");
        assertFalse(throttle.isBlocked(ATTACKER, "camille"));
    }
}
