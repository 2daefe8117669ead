package com.pks.clinic.inquiry.api;

import java.time.Instant;

/** An internal note of the clinic's staff on an inquiry; never shown to the sender. */
public record InquiryNote(String author, String text, Instant writtenAt) {
}
