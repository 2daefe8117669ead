package com.pks.clinic.inquiry.internal.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecentArrivalsTest {

    private static final Duration HOUR = Duration.ofHours(1);
    private static final Instant NOON = Instant.parse("2026-12-06T12:00:00Z");

    @Test
    void theHoursArrivalsCountAndLeaveTheCountAsTheyAge() {
        RecentArrivals arrivals = new RecentArrivals(HOUR, List.of());
        arrivals.add(NOON.minusSeconds(3_000));
        arrivals.add(NOON.minusSeconds(60));
        arrivals.add(NOON);
        arrivals.add(NOON);
        assertEquals(4, arrivals.countAt(NOON));
        assertEquals(3, arrivals.countAt(NOON.plusSeconds(601)), "the first is more than an hour old by then");
        assertEquals(0, arrivals.countAt(NOON.plusSeconds(HOUR.toSeconds())), "all of them are by then");
    }

    @Test
    void whatTheDatabaseHeldBeforeAStartCountsWhateverItsOrder() {
        RecentArrivals arrivals = new RecentArrivals(HOUR,
                List.of(NOON.minusSeconds(10), NOON.minusSeconds(4_000), NOON.minusSeconds(20)));
        assertEquals(2, arrivals.countAt(NOON));
        assertEquals(1, arrivals.countAt(NOON.plusSeconds(HOUR.toSeconds() - 15)));
    }

    @Test
    void anArrivalAddedAfterANewerOneStillLeavesTheCountWhenItsHourIsOver() {
        RecentArrivals arrivals = new RecentArrivals(HOUR, List.of());
        arrivals.add(NOON.minusSeconds(100));
        arrivals.add(NOON.minusSeconds(3_500)); // its transaction committed later
        assertEquals(2, arrivals.countAt(NOON));
        assertEquals(1, arrivals.countAt(NOON.plusSeconds(3_400)));
    }

    @Test
    void anArrivalAWholeHourOlderThanTheSecondItsSlotCountsDoesNotEraseIt() {
        RecentArrivals arrivals = new RecentArrivals(HOUR, List.of());
        arrivals.add(NOON);
        arrivals.add(NOON.minus(HOUR)); // the same slot of the ring, an hour earlier
        assertEquals(1, arrivals.countAt(NOON));
    }
}
