package com.pks.clinic.inquiry.internal.notify;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;

/**
 * When the latest inquiries arrived, within a window (an hour), keeping no more of them than the ceiling that is
 * asked about: enough to say whether as many as the ceiling arrived in the window, in constant memory and time.
 * Not thread-safe: its owner synchronizes.
 */
final class RecentArrivals {

    private final Duration window;
    private final int ceiling;
    private final Deque<Instant> times = new ArrayDeque<>();

    RecentArrivals(Duration window, int ceiling, Collection<Instant> known) {
        this.window = window;
        this.ceiling = ceiling;
        known.stream().sorted().forEach(this::add);
    }

    void add(Instant arrival) {
        times.addLast(arrival);
        if (times.size() > ceiling) {
            times.removeFirst();
        }
    }

    /** Whether as many as the ceiling arrived in the window before {@code now}. */
    boolean reachedAt(Instant now) {
        Instant since = now.minus(window);
        while (!times.isEmpty() && times.peekFirst().isBefore(since)) {
            times.removeFirst();
        }
        return times.size() >= ceiling;
    }
}
