package com.pks.clinic.inquiry.api;

/**
 * Stores what patients, families and clinicians send, and lets the clinic work through it. An inquiry is stored in
 * one transaction before the sender is told it arrived; one that shows signs of crisis is marked urgent.
 */
public interface InquiryService {

    /** Stores a consultation request; {@link InvalidInquiryException} when a field breaks a rule. */
    InquiryReceipt submit(ConsultationRequest request);

    /** Stores a clinician's referral; {@link InvalidInquiryException} when a field breaks a rule. */
    InquiryReceipt submit(Referral referral);

    /** Inquiries matching the filter, newest first; {@code page} counts from 0. */
    InquiryPage list(InquiryFilter filter, int page, int size);

    /** One inquiry with its notes; {@link InquiryNotFoundException} when there is none. */
    InquiryDetail get(long id);

    /**
     * Moves the inquiry to a new status.
     *
     * @throws ConcurrentInquiryChangeException when it changed since {@code expectedVersion}
     * @throws StatusChangeNotAllowedException  when the status cannot move that way
     */
    InquiryDetail changeStatus(long id, InquiryStatus status, long expectedVersion, String actor);

    /** Adds an internal note. */
    InquiryDetail addNote(long id, String text, String actor);
}
