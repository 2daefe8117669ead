package com.pks.clinic.content.internal.readership;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

import com.pks.clinic.content.api.PageViews;

/**
 * The views counted since the last write, in memory: a page view costs an addition, never a query. The counts are
 * taken out by {@link ViewWriter} every ten seconds; a view counted in the very instant its count is taken out may be
 * missed, which a count of readers can afford.
 */
@ApplicationScoped
public class ViewCounter implements PageViews {

    /** The longest address and domain kept; anything longer is some robot's, cut short. */
    static final int MAX_PATH = 200;
    static final int MAX_DOMAIN = 100;
    /** A bound on the distinct keys held between two writes, against a flood of made-up addresses. */
    static final int MAX_KEYS = 10_000;

    private final Map<Key, LongAdder> pages = new ConcurrentHashMap<>();
    private final Map<Key, LongAdder> referrers = new ConcurrentHashMap<>();
    private volatile ZoneId zone = ZoneId.of("America/Denver");

    /** One day's count of one page or domain. */
    record Key(LocalDate day, String what) {
    }

    @Override
    public void count(String path, String referrerDomain) {
        LocalDate today = LocalDate.now(zone);
        add(pages, new Key(today, cut(path, MAX_PATH)));
        if (referrerDomain != null && !referrerDomain.isBlank()) {
            add(referrers, new Key(today, cut(referrerDomain, MAX_DOMAIN)));
        }
    }

    /** The clinic's time zone, in which a day begins (the clinic's details say which). */
    void useZone(ZoneId clinicZone) {
        zone = clinicZone;
    }

    /** The page counts since the last call, taken out. */
    Map<Key, Long> takePages() {
        return take(pages);
    }

    Map<Key, Long> takeReferrers() {
        return take(referrers);
    }

    /** Counts taken out whose write failed, back for the next one. */
    void putBack(Map<Key, Long> takenPages, Map<Key, Long> takenReferrers) {
        takenPages.forEach((key, views) -> pages.computeIfAbsent(key, k -> new LongAdder()).add(views));
        takenReferrers.forEach((key, views) -> referrers.computeIfAbsent(key, k -> new LongAdder()).add(views));
    }

    private static void add(Map<Key, LongAdder> counts, Key key) {
        LongAdder count = counts.get(key);
        if (count == null) {
            if (counts.size() >= MAX_KEYS) {
                return; // dropped rather than held: the flood is not worth the memory
            }
            count = counts.computeIfAbsent(key, k -> new LongAdder());
        }
        count.increment();
    }

    private static Map<Key, Long> take(Map<Key, LongAdder> counts) {
        Map<Key, Long> taken = new HashMap<>();
        for (Key key : counts.keySet()) {
            LongAdder count = counts.remove(key);
            if (count != null) {
                taken.merge(key, count.sum(), Long::sum);
            }
        }
        return taken;
    }

    private static String cut(String text, int length) {
        return text.length() > length ? text.substring(0, length) : text;
    }
}
