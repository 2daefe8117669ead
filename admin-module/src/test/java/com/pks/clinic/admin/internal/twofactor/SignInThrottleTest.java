package com.pks.clinic.admin.internal.twofactor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/**
 * Guessing must wait its turn, then the client is refused; the account's failures only make attempts wait, never from
 * an address it signed in from; a turn is never waited for on a thread, and all is forgotten.
 */
class SignInThrottleTest {

    private static final Duration FIRST_WAIT = Duration.ofMillis(500);

    private final MovableClock clock = new MovableClock();
    private final SignInThrottle throttle = new SignInThrottle(clock, FIRST_WAIT, SignInThrottle.DEFAULT_CLIENT_LIMIT);

    @Test
    void aBurstFromOneClientMustWaitItsTurnsThenIsRefused() {
        for (int i = 0; i < 3; i++) {
            assertEquals(Duration.ZERO, throttle.takeTurn("198.51.100.7", "nurse@clinic.test"),
                    "the first tries are free");
            throttle.failed("198.51.100.7", "nurse@clinic.test");
        }
        assertEquals(FIRST_WAIT, throttle.takeTurn("198.51.100.7", "nurse@clinic.test"), "counted from the failure");
        clock.now = clock.now.plusMillis(200);
        assertEquals(Duration.ofMillis(300), throttle.takeTurn("198.51.100.7", "nurse@clinic.test"));
        clock.now = clock.now.plusMillis(300);
        assertEquals(Duration.ZERO, throttle.takeTurn("198.51.100.7", "nurse@clinic.test"), "its turn has come");
        for (int i = 3; i < SignInThrottle.DEFAULT_CLIENT_LIMIT; i++) {
            assertFalse(throttle.refuses("198.51.100.7"));
            throttle.failed("198.51.100.7", "nurse@clinic.test");
        }
        assertEquals(Duration.ofSeconds(4), throttle.takeTurn("198.51.100.7", "doctor@clinic.test"),
                "doubling up to a ceiling, for whatever account the client tries");
        assertTrue(throttle.refuses("198.51.100.7"), "the guessing client is refused");
    }

    @Test
    void theAccountsFailuresMakeNewAddressesWaitButNeverOneItSignedInFrom() {
        throttle.succeeded("nurse@clinic.test", "203.0.113.5"); // her computer at the clinic
        for (int i = 0; i < 8; i++) {
            throttle.failed("2001:db8:" + i + "::/64", "nurse@clinic.test"); // a guesser, from many networks
        }
        assertFalse(throttle.refuses("203.0.113.5"));
        assertEquals(Duration.ZERO, throttle.takeTurn("203.0.113.5", "NURSE@clinic.test"),
                "from her own computer she signs in at once, however the guessing goes");
        assertEquals(Duration.ofSeconds(4), throttle.takeTurn("2001:db8:99::/64", "nurse@clinic.test"),
                "a new address waits, up to a ceiling, never refused");
        assertEquals(Duration.ZERO, throttle.takeTurn("2001:db8:99::/64", "doctor@clinic.test"), "others go on");
        throttle.succeeded("nurse@clinic.test", "198.51.100.20");
        assertEquals(Duration.ZERO, throttle.takeTurn("2001:db8:99::/64", "nurse@clinic.test"),
                "a completed sign-in clears the account's failures");
    }

    @Test
    void aTurnIsTakenByTheFirstAttemptSoAttemptsSentSideBySideGetNoMoreChecks() {
        for (int i = 0; i < 3; i++) {
            throttle.failed("198.51.100.7", "doctor@clinic.test");
        }
        clock.now = clock.now.plus(FIRST_WAIT);
        assertEquals(Duration.ZERO, throttle.takeTurn("198.51.100.7", "doctor@clinic.test"), "the first takes it");
        assertEquals(FIRST_WAIT, throttle.takeTurn("198.51.100.7", "doctor@clinic.test"), "the one beside it waits");
        assertEquals(FIRST_WAIT, throttle.takeTurn("203.0.113.40", "doctor@clinic.test"),
                "from another address too: the account's turn is taken");
        assertEquals(Duration.ZERO, throttle.takeTurn("203.0.113.40", "nurse@clinic.test"), "others go on");
    }

    @Test
    void onlyWrongCodesRefuseAnAccountsCodesNotGuessesAtItsPassword() {
        for (int i = 0; i < SignInThrottle.CODE_LIMIT; i++) {
            throttle.failed("2001:db8:" + i + "::/64", "nurse@clinic.test");
        }
        assertFalse(throttle.refusesCodes("nurse@clinic.test"), "she still gets to her second step");
        for (int i = 0; i < SignInThrottle.CODE_LIMIT; i++) {
            throttle.failedCode("2001:db8:" + i + "::/64", "nurse@clinic.test");
        }
        assertTrue(throttle.refusesCodes("Nurse@clinic.test"), "wrong codes do refuse them");
    }

    @Test
    void failuresAreForgottenAfterTheWindow() {
        for (int i = 0; i < SignInThrottle.DEFAULT_CLIENT_LIMIT; i++) {
            throttle.failed("2001:db8::1", "nobody@clinic.test");
        }
        assertTrue(throttle.refuses("2001:db8::1"));
        clock.now = clock.now.plus(SignInThrottle.WINDOW).plusSeconds(1);
        assertFalse(throttle.refuses("2001:db8::1"));
        assertEquals(Duration.ZERO, throttle.takeTurn("2001:db8::1", "nobody@clinic.test"));
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
