package com.pks.clinic.inquiry.api;

import java.time.Instant;

/** A member of staff exported a list of inquiries. Fired synchronously, like {@link InquiryViewed}. */
public record InquiriesExported(int count, InquiryFilter filter, Staff staff, Instant at) {
}
