package com.pks.clinic.inquiry.api;

import java.time.Instant;

/** A member of staff moved an inquiry to another status. Fired synchronously, in the same transaction. */
public record InquiryStatusChanged(long inquiryId, String reference, InquiryStatus from, InquiryStatus to,
                                   Staff staff, Instant at) {
}
