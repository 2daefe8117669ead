package com.pks.clinic.inquiry.api;

import java.time.Instant;

/** The retention job deleted closed and spam inquiries received before the cutoff. Fired in its transaction. */
public record InquiriesPurged(int count, Instant cutoff, Instant at) {
}
