package com.pks.clinic.inquiry.internal.notify;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;

/**
 * How many inquiries arrived within a window (an hour), counted by the second in a ring of the window's seconds: the
 * same memory whatever the ceiling, and arrivals may come in any order (they come in the order in which their
 * transactions commit, not the order of their times). Not thread-safe: its owner synchronizes.
 */
final class RecentArrivals {

    private final int windowSeconds;
    /** For each slot, the second whose arrivals it counts now; each second of the window has its own slot. */
    private final long[] seconds;
    private final int[] counts;

    RecentArrivals(Duration window, Collection<Instant> known) {
        windowSeconds = Math.toIntExact(window.toSeconds());
        seconds = new long[windowSeconds];
        counts = new int[windowSeconds];
        known.forEach(this::add);
    }

    void add(Instant arrival) {
        long second = arrival.getEpochSecond();
        int slot = (int) Math.floorMod(second, (long) windowSeconds);
        if (counts[slot] > 0 && seconds[slot] > second) {
            return; // a whole window older than what its slot counts: out of every window still to be asked about
        }
        if (seconds[slot] != second) {
            seconds[slot] = second;
            counts[slot] = 0;
        }
        counts[slot]++;
    }

    /** How many arrived in the window that ends with {@code now}'s second. */
    long countAt(Instant now) {
        long last = now.getEpochSecond();
        long total = 0;
        for (int slot = 0; slot < windowSeconds; slot++) {
            if (counts[slot] > 0 && seconds[slot] > last - windowSeconds && seconds[slot] <= last) {
                total += counts[slot];
            }
        }
        return total;
    }
}
