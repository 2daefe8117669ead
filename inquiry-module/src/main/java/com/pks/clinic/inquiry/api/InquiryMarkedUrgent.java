package com.pks.clinic.inquiry.api;

import java.time.Instant;

/** A member of staff marked an inquiry urgent by hand. Fired synchronously, in the same transaction. */
public record InquiryMarkedUrgent(long inquiryId, String reference, Staff staff, Instant at) {
}
