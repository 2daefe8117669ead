package com.pks.clinic.admin.internal.twofactor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Guessing gets slower and then refused for the client; the account is only ever slowed, and all is forgotten. */
class SignInThrottleTest {

    private static final Duration FIRST_WAIT = Duration.ofMillis(500);

    private final MovableClock clock = new MovableClock();
    private final CountDownLatch waiting = new CountDownLatch(1);
    private final CountDownLatch waited = new CountDownLatch(1);
    private final SignInThrottle throttle = new SignInThrottle(clock, FIRST_WAIT, SignInThrottle.DEFAULT_CLIENT_LIMIT,
            1, wait -> {
                waiting.countDown();
                waited.await();
            });

    @Test
    void aBurstFromOneClientIsSlowedThenRefusedWithoutLockingTheAccount() {
        for (int i = 0; i < 3; i++) {
            assertEquals(Duration.ZERO, throttle.delay("198.51.100.7", "nurse@clinic.test"), "the first tries are free");
            throttle.failed("198.51.100.7", "nurse@clinic.test");
        }
        assertEquals(FIRST_WAIT, throttle.delay("198.51.100.7", "nurse@clinic.test"));
        for (int i = 3; i < SignInThrottle.DEFAULT_CLIENT_LIMIT; i++) {
            assertFalse(throttle.refuses("198.51.100.7"));
            throttle.failed("198.51.100.7", "nurse@clinic.test");
        }
        assertTrue(throttle.refuses("198.51.100.7"), "the guessing client is refused");
        assertFalse(throttle.refuses("203.0.113.5"), "the nurse's own computer is not");
        assertEquals(Duration.ofSeconds(4), throttle.delay("203.0.113.5", "nurse@clinic.test"),
                "her account is slowed, up to a ceiling, never refused");
        throttle.succeeded("nurse@clinic.test");
        assertEquals(Duration.ZERO, throttle.delay("203.0.113.5", "NURSE@clinic.test"));
    }

    @Test
    void whileAsManyAsAllowedWaitAnotherAttemptThatMustWaitIsTurnedAwayAtOnce() throws Exception {
        for (int i = 0; i < 3; i++) {
            throttle.failed("198.51.100.7", "doctor@clinic.test");
        }
        ExecutorService guesser = Executors.newSingleThreadExecutor();
        try {
            Future<Boolean> first = guesser.submit(() -> throttle.awaitTurn("198.51.100.7", "doctor@clinic.test"));
            assertTrue(waiting.await(5, TimeUnit.SECONDS), "the first attempt waits");
            assertFalse(throttle.awaitTurn("203.0.113.9", "doctor@clinic.test"),
                    "a second one that must wait is not checked: its thread is not held");
            assertTrue(throttle.awaitTurn("203.0.113.5", "nurse@clinic.test"), "one with no failures goes on");
            waited.countDown();
            assertTrue(first.get(5, TimeUnit.SECONDS), "the waiting one is checked after its wait");
            assertTrue(throttle.awaitTurn("203.0.113.9", "doctor@clinic.test"), "once it is done, the next may wait");
        } finally {
            guesser.shutdownNow();
        }
    }

    @Test
    void failuresAreForgottenAfterTheWindow() {
        for (int i = 0; i < SignInThrottle.DEFAULT_CLIENT_LIMIT; i++) {
            throttle.failed("2001:db8::1", "nobody@clinic.test");
        }
        assertTrue(throttle.refuses("2001:db8::1"));
        clock.now = clock.now.plus(SignInThrottle.WINDOW).plusSeconds(1);
        assertFalse(throttle.refuses("2001:db8::1"));
        assertEquals(Duration.ZERO, throttle.delay("2001:db8::1", "nobody@clinic.test"));
    }

    private static final class MovableClock extends Clock {

        private Instant now = Instant.parse("2026-12-01T10:00:00Z");

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
