package com.pks.clinic.inquiry.api;

import java.time.Instant;

/**
 * One line of the inquiry list in the admin console: never anything a person wrote beyond their name (the minimum
 * needed to recognize a caller).
 */
public record InquirySummary(long id, String reference, InquiryKind kind, InquiryStatus status, boolean urgent,
                             boolean selfCheckAttached, String name, Instant receivedAt) {
}
