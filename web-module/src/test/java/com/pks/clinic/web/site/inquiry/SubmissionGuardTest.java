package com.pks.clinic.web.site.inquiry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

import com.pks.clinic.inquiry.api.InquiryKind;
import com.pks.clinic.web.site.inquiry.SubmissionGuard.Refusal;

class SubmissionGuardTest {

    private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");

    private static final Map<InquiryKind, Integer> LIMITS = Map.of(InquiryKind.CONSULTATION, 2, InquiryKind.REFERRAL, 3);

    private final SubmissionGuard guard = new SubmissionGuard(3, LIMITS, Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void aPersonWhoTookTheirTimeIsLetThrough() {
        assertTrue(guard.screen(null, NOW.minusSeconds(40)).isEmpty());
        assertTrue(guard.screen("", NOW.minusSeconds(3)).isEmpty());
    }

    @Test
    void aFilledHoneypotIsRefused() {
        assertEquals(Optional.of(Refusal.AUTOMATED), guard.screen("http://spam.example", NOW.minusSeconds(40)));
    }

    @Test
    void anInstantSubmissionIsRefused() {
        assertEquals(Optional.of(Refusal.TOO_FAST), guard.screen(null, NOW.minusSeconds(1)));
    }

    @Test
    void eachClientGetsItsOwnHourlyLimitAndReferralsTheirOwn() {
        assertTrue(guard.reserve("first", InquiryKind.CONSULTATION).isPresent());
        assertTrue(guard.reserve("first", InquiryKind.CONSULTATION).isPresent());
        assertTrue(guard.reserve("first", InquiryKind.CONSULTATION).isEmpty(), "the limit is reached");
        assertTrue(guard.reserve("second", InquiryKind.CONSULTATION).isPresent(), "another client is not affected");
        for (int i = 0; i < 3; i++) {
            assertTrue(guard.reserve("first", InquiryKind.REFERRAL).isPresent(), "referrals count apart");
        }
        assertTrue(guard.reserve("first", InquiryKind.REFERRAL).isEmpty());
    }

    @Test
    void anInquiryThatWasNotStoredGivesItsPlaceBack() {
        Optional<SubmissionGuard.Place> first = guard.reserve("c", InquiryKind.CONSULTATION);
        guard.reserve("c", InquiryKind.CONSULTATION);
        guard.release(first.orElseThrow()); // a mistake to correct: nothing was stored
        assertTrue(guard.reserve("c", InquiryKind.CONSULTATION).isPresent(), "only stored inquiries count");
        assertTrue(guard.reserve("c", InquiryKind.CONSULTATION).isEmpty());
    }

    @Test
    void theLimitForgetsSubmissionsOlderThanAnHour() {
        MovableClock clock = new MovableClock(NOW);
        SubmissionGuard hourly = new SubmissionGuard(3, Map.of(InquiryKind.CONSULTATION, 1), clock);
        assertTrue(hourly.reserve("c", InquiryKind.CONSULTATION).isPresent());
        assertTrue(hourly.reserve("c", InquiryKind.CONSULTATION).isEmpty());

        clock.now = NOW.plus(Duration.ofMinutes(61));
        assertTrue(hourly.reserve("c", InquiryKind.CONSULTATION).isPresent());
    }

    @Test
    void theTimerForgetsClientsQuietForAnHour() {
        MovableClock clock = new MovableClock(NOW);
        SubmissionGuard hourly = new SubmissionGuard(3, LIMITS, clock);
        hourly.reserve("first", InquiryKind.CONSULTATION);
        clock.now = NOW.plus(Duration.ofMinutes(30));
        hourly.reserve("second", InquiryKind.REFERRAL);
        assertEquals(2, hourly.clientsRemembered());

        clock.now = NOW.plus(Duration.ofMinutes(61));
        hourly.reserve("third", InquiryKind.CONSULTATION);
        assertEquals(3, hourly.clientsRemembered(), "a post does not sweep the memory");
        hourly.forgetQuietClients();
        assertEquals(2, hourly.clientsRemembered(), "the timer does: only clients heard from within the hour stay");
    }

    @Test
    void aFullMemoryPutsNewClientsUnderOneSharedLargerLimit() {
        SubmissionGuard small = new SubmissionGuard(3, Map.of(InquiryKind.CONSULTATION, 1), Clock.fixed(NOW,
                ZoneOffset.UTC));
        for (int i = 0; i < SubmissionGuard.MAX_CLIENTS; i++) {
            small.reserve("client-" + i, InquiryKind.CONSULTATION);
        }
        for (int i = 0; i < SubmissionGuard.OVERFLOW_FACTOR; i++) {
            assertTrue(small.reserve("newcomer-" + i, InquiryKind.CONSULTATION).isPresent(), "let through");
        }
        assertTrue(small.reserve("one-more", InquiryKind.CONSULTATION).isEmpty(), "but not without any limit");
        assertEquals(SubmissionGuard.MAX_CLIENTS + 1, small.clientsRemembered(), "the memory is bounded");
        assertTrue(small.reserve("client-0", InquiryKind.CONSULTATION).isEmpty(), "known clients stay limited");
    }

    @Test
    void aClientWhoseOnlyInquiryWasNotStoredIsNotRemembered() {
        guard.release(guard.reserve("mistaken", InquiryKind.CONSULTATION).orElseThrow());
        assertEquals(0, guard.clientsRemembered());
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
