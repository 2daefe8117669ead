package com.pks.clinic.inquiry.api;

import java.time.Instant;

/** One step of an inquiry's history: who moved it from which status to which, and when. */
public record InquiryHistoryEntry(InquiryStatus from, InquiryStatus to, String by, Instant at) {
}
