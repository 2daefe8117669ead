package com.pks.clinic.inquiry.internal.notify;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecentArrivalsTest {

    private static final Duration HOUR = Duration.ofHours(1);
    private static final Instant NOON = Instant.parse("2026-12-06T12:00:00Z");

    @Test
    void theCeilingIsReachedByTheHoursArrivalsOnlyAndFreedAsTheyAge() {
        RecentArrivals arrivals = new RecentArrivals(HOUR, 3, List.of());
        arrivals.add(NOON.minusSeconds(3_000));
        arrivals.add(NOON.minusSeconds(60));
        assertFalse(arrivals.reachedAt(NOON), "two of three");
        arrivals.add(NOON);
        assertTrue(arrivals.reachedAt(NOON), "three in the hour");
        assertFalse(arrivals.reachedAt(NOON.plusSeconds(601)), "the first is more than an hour old by then");
    }

    @Test
    void whatTheDatabaseHeldBeforeAStartCountsInAnyOrder() {
        RecentArrivals arrivals = new RecentArrivals(HOUR, 2,
                List.of(NOON.minusSeconds(10), NOON.minusSeconds(4_000), NOON.minusSeconds(20)));
        assertTrue(arrivals.reachedAt(NOON));
        assertFalse(arrivals.reachedAt(NOON.plusSeconds(HOUR.toSeconds() - 15)), "one of the two is out by then");
    }

    @Test
    void itKeepsNoMoreThanTheCeilingTheNewestOnes() {
        RecentArrivals arrivals = new RecentArrivals(HOUR, 2, List.of());
        arrivals.add(NOON.minusSeconds(3_500));
        arrivals.add(NOON.minusSeconds(100));
        arrivals.add(NOON);
        // the oldest was let go when the third came: two remain until the second ages
        assertTrue(arrivals.reachedAt(NOON.plusSeconds(HOUR.toSeconds() - 200)));
        assertFalse(arrivals.reachedAt(NOON.plusSeconds(HOUR.toSeconds() - 50)));
    }
}
