package com.pks.clinic.inquiry.api;

import java.time.Instant;

/** One line of the inquiry list in the admin console. */
public record InquirySummary(long id, String reference, InquiryKind kind, InquiryStatus status, boolean urgent,
                             String name, Instant receivedAt) {
}
