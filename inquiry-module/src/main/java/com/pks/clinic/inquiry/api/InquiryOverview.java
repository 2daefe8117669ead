package com.pks.clinic.inquiry.api;

import java.time.Instant;

/**
 * What the console's dashboard counts: numbers only, no names, so that looking at it is not a read of the list.
 *
 * @param oldestUrgentWaitingSince when the oldest urgent inquiry that nobody has contacted yet arrived, or
 *                                 {@code null} when none waits
 */
public record InquiryOverview(long newCount, long urgentWaiting, Instant oldestUrgentWaitingSince) {
}
