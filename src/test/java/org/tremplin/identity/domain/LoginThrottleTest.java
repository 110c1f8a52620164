package org.tremplin.identity.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.tremplin.testing.MutableClock;

class LoginThrottleTest {

    private final MutableClock clock = new MutableClock("2025-06-15T09:00:00Z");
    private final LoginThrottle throttle = new LoginThrottle(clock);

    private void fail(String username, int times) {
        for (int i = 0; i < times; i++) {
            throttle.failed(username);
        }
    }

    @Test
    void noneOrFourFailuresDoNotBlock() {
        assertFalse(throttle.isBlocked("camille"));
        assertEquals(0, throttle.minutesLeft("camille"));
        fail("camille", 4);
        assertFalse(throttle.isBlocked("camille"));
        assertEquals(0, throttle.minutesLeft("camille"));
    }

    @Test
    void fiveFailuresBlock() {
        fail("camille", 5);
        assertTrue(throttle.isBlocked("camille"));
        assertFalse(throttle.isBlocked("dominique"), "other names are not affected");
    }

    @Test
    void successResetsTheCount() {
        fail("camille", 4);
        throttle.succeeded("camille");
        fail("camille", 4);
        assertFalse(throttle.isBlocked("camille"));
        fail("camille", 1);
        assertTrue(throttle.isBlocked("camille"));
        throttle.succeeded("camille");
        assertFalse(throttle.isBlocked("camille"), "success also lifts a block");
    }

    @Test
    void unblockedOnceTheWindowHasPassedSinceTheLastFailure() {
        fail("camille", 4);
        clock.advance(Duration.ofMinutes(10));
        throttle.failed("camille");
        clock.advance(Duration.ofMinutes(10)); // 20 min after the first failure, 10 after the last
        assertTrue(throttle.isBlocked("camille"));
        clock.advance(Duration.ofMinutes(5).plusSeconds(1));
        assertFalse(throttle.isBlocked("camille"));
        assertEquals(0, throttle.minutesLeft("camille"));
    }

    @Test
    void failuresOlderThanTheWindowAreForgotten() {
        fail("camille", 4);
        clock.advance(Duration.ofMinutes(16));
        throttle.failed("camille");
        assertFalse(throttle.isBlocked("camille"));
    }

    @Test
    void namesAreComparedCaseInsensitivelyAndTrimmed() {
        throttle.failed("Camille");
        throttle.failed(" camille ");
        throttle.failed("CAMILLE");
        throttle.failed("camille\t");
        throttle.failed("camille");
        assertTrue(throttle.isBlocked("  CaMiLLe "));
        throttle.succeeded(" CAMILLE");
        assertFalse(throttle.isBlocked("camille"));
    }

    @Test
    void minutesLeftCountsDownWhileBlocked() {
        fail("camille", 5);
        assertEquals(15, throttle.minutesLeft("camille"));
        clock.advance(Duration.ofMinutes(10).plusSeconds(30));
        assertEquals(5, throttle.minutesLeft("camille"));
        clock.advance(Duration.ofMinutes(4).plusSeconds(20));
        assertTrue(throttle.minutesLeft("camille") > 0);
    }

    @Test
    void nullNameIsThrottledLikeAnyOther() {
        fail(null, 5);
        assertTrue(throttle.isBlocked(null));
        assertTrue(throttle.isBlocked(""));
    }
}
