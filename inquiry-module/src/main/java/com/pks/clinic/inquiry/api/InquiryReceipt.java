package com.pks.clinic.inquiry.api;

import java.time.Instant;

/**
 * What the sender is told once the inquiry is stored.
 *
 * @param reference a short reference the person can quote on the phone; reveals nothing by itself
 * @param urgent    the inquiry showed signs of crisis: the confirmation leads with the crisis resources
 */
public record InquiryReceipt(String reference, boolean urgent, Instant receivedAt) {
}
