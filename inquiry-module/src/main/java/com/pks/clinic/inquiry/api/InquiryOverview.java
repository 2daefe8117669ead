package com.pks.clinic.inquiry.api;

import java.time.Instant;

/**
 * What the console's dashboard counts: numbers only, no names, so that looking at it is not a read of the list.
 *
 * @param oldestUrgentWaitingSince when the oldest urgent inquiry that nobody has contacted yet arrived, or
 *                                 {@code null} when none waits
 * @param staffNotified            whether staff are e-mailed about new inquiries (a mail server and recipients are
 *                                 configured); when not, nobody hears of an urgent inquiry but from this console
 */
public record InquiryOverview(long newCount, long urgentWaiting, Instant oldestUrgentWaitingSince,
                              boolean staffNotified) {
}
