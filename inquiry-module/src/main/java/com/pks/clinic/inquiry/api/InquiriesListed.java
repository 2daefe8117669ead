package com.pks.clinic.inquiry.api;

import java.time.Instant;

/** A member of staff saw a page of the inquiry list (names included). Fired synchronously, like {@link InquiryViewed}. */
public record InquiriesListed(int count, InquiryFilter filter, Staff staff, Instant at) {
}
