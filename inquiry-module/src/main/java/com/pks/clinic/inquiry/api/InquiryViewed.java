package com.pks.clinic.inquiry.api;

import java.time.Instant;

/** A member of staff read an inquiry. Fired synchronously, in the reading transaction: the audit log cannot miss it. */
public record InquiryViewed(long inquiryId, String reference, Staff staff, Instant at) {
}
