package com.pks.clinic.web.site.inquiry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

import com.pks.clinic.web.site.inquiry.SubmissionGuard.Refusal;

class SubmissionGuardTest {

    private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");

    private final SubmissionGuard guard = new SubmissionGuard(3, 2, Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void aPersonWhoTookTheirTimeIsLetThrough() {
        assertTrue(guard.check(null, NOW.minusSeconds(40), "client").isEmpty());
        assertTrue(guard.check("", NOW.minusSeconds(3), "client").isEmpty());
    }

    @Test
    void aFilledHoneypotIsRefused() {
        assertEquals(Optional.of(Refusal.AUTOMATED), guard.check("http://spam.example", NOW.minusSeconds(40), "c"));
    }

    @Test
    void anInstantSubmissionIsRefused() {
        assertEquals(Optional.of(Refusal.TOO_FAST), guard.check(null, NOW.minusSeconds(1), "client"));
    }

    @Test
    void eachClientGetsItsOwnHourlyLimit() {
        Instant shown = NOW.minus(Duration.ofMinutes(5));
        assertTrue(guard.check(null, shown, "first").isEmpty());
        assertTrue(guard.check(null, shown, "first").isEmpty());
        assertEquals(Optional.of(Refusal.TOO_MANY), guard.check(null, shown, "first"));
        assertTrue(guard.check(null, shown, "second").isEmpty(), "another client is not affected");
    }

    @Test
    void theLimitForgetsSubmissionsOlderThanAnHour() {
        MovableClock clock = new MovableClock(NOW);
        SubmissionGuard hourly = new SubmissionGuard(3, 1, clock);
        assertTrue(hourly.check(null, NOW.minusSeconds(10), "c").isEmpty());
        assertEquals(Optional.of(Refusal.TOO_MANY), hourly.check(null, NOW.minusSeconds(10), "c"));

        clock.now = NOW.plus(Duration.ofMinutes(61));
        assertTrue(hourly.check(null, NOW.minusSeconds(10), "c").isEmpty());
    }

    @Test
    void clientsQuietForAnHourAreForgotten() {
        MovableClock clock = new MovableClock(NOW);
        SubmissionGuard hourly = new SubmissionGuard(3, 5, clock);
        hourly.check(null, NOW.minusSeconds(10), "first");
        hourly.check(null, NOW.minusSeconds(10), "second");
        assertEquals(2, hourly.clientsRemembered());

        clock.now = NOW.plus(Duration.ofMinutes(61));
        hourly.check(null, NOW, "third");
        assertEquals(1, hourly.clientsRemembered(), "only the client who sent something within the hour");
    }

    /** A clock the test moves forward. */
    private static final class MovableClock extends Clock {

        private Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
