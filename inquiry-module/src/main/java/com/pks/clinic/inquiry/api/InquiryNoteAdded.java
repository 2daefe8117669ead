package com.pks.clinic.inquiry.api;

import java.time.Instant;

/** A member of staff wrote an internal note on an inquiry (the event never carries its words). */
public record InquiryNoteAdded(long inquiryId, String reference, Staff staff, Instant at) {
}
