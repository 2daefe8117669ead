package com.pks.clinic.inquiry.api;

import java.time.Instant;

/**
 * Which inquiries to list; {@code null} fields do not filter.
 *
 * @param urgentOnly     only inquiries marked urgent
 * @param receivedFrom   received at or after this moment
 * @param receivedBefore received before this moment (the web layer turns the clinic's days into moments)
 */
public record InquiryFilter(InquiryStatus status, InquiryKind kind, boolean urgentOnly, Instant receivedFrom,
                            Instant receivedBefore) {

    public static final InquiryFilter ALL = new InquiryFilter(null, null, false);

    public InquiryFilter(InquiryStatus status, InquiryKind kind, boolean urgentOnly) {
        this(status, kind, urgentOnly, null, null);
    }
}
