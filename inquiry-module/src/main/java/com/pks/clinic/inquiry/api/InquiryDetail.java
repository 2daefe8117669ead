package com.pks.clinic.inquiry.api;

import java.time.Instant;
import java.util.List;

/**
 * Everything an inquiry holds, for the admin console. A consultation fills the person's fields; a referral fills
 * the clinician's (name, practice, phone, e-mail) and the patient's.
 *
 * @param selfCheckResult the self-check result the person attached, in words, or {@code null}
 * @param history         its status changes, oldest first
 * @param version the optimistic-lock version to send back with a status change
 */
public record InquiryDetail(long id, String reference, InquiryKind kind, InquiryStatus status, boolean urgent,
                            Instant receivedAt, String name, String phone, String email,
                            ContactPreference preferredContact, String bestTimeToCall, ForWhom forWhom,
                            String message, String heardAbout, boolean thinkingOfSelfHarm, String practice,
                            String patientName, String patientPhone, String patientEmail, String reason,
                            String selfCheckResult, List<InquiryNote> notes, List<InquiryHistoryEntry> history,
                            long version) {
}
