package com.pks.clinic.inquiry.api;

import java.time.Instant;

/**
 * Fired in the storing transaction when an inquiry arrives, for notifications and the audit log. Carries no
 * personal data: an observer that needs more reads the inquiry with the rights it has.
 */
public record InquirySubmitted(long id, InquiryKind kind, boolean urgent, Instant at) {
}
