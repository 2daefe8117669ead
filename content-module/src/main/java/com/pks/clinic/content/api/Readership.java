package com.pks.clinic.content.api;

import java.time.LocalDate;
import java.util.List;

/**
 * What visitors read over some days, for the dashboard.
 *
 * @param from      the first day counted (in the clinic's time zone)
 * @param total     every view in those days
 * @param byDay     the views of each day, oldest first, days without any included
 * @param pages     the most read pages, most first
 * @param referrers the sites readers came from, by domain, most first
 */
public record Readership(LocalDate from, long total, List<Count> byDay, List<Count> pages, List<Count> referrers) {

    /** How many views something had: a day (as 2026-12-01), a page's address or a domain. */
    public record Count(String what, long views) {
    }
}
