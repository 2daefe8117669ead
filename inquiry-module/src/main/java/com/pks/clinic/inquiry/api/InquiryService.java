package com.pks.clinic.inquiry.api;

import java.util.List;

/**
 * Stores what patients, families and clinicians send, and lets the clinic work through it. An inquiry is stored in
 * one transaction before the sender is told it arrived; one that shows signs of crisis is marked urgent. Staff
 * operations take who is calling from the container; the caller passes only its client's network address.
 */
public interface InquiryService {

    /** Stores a consultation request; {@link InvalidInquiryException} when a field breaks a rule. */
    InquiryReceipt submit(ConsultationRequest request);

    /**
     * Stores a consultation request with a self-check the person chose to attach: the questionnaire and the answers,
     * which the service scores itself (a result built by the caller is never trusted). A result that shows thoughts
     * of death or self-harm marks the inquiry urgent.
     *
     * @throws IncompleteScreeningException when the answers do not fit the questionnaire
     */
    InquiryReceipt submit(ConsultationRequest request, Screener attachedScreener, List<Integer> attachedAnswers);

    /** Stores a clinician's referral; {@link InvalidInquiryException} when a field breaks a rule. */
    InquiryReceipt submit(Referral referral);

    /**
     * Inquiries matching the filter, urgent ones first, then the newest; {@code page} counts from 0. Fires
     * {@link InquiriesListed}.
     */
    InquiryPage list(InquiryFilter filter, int page, int size, String clientAddress);

    /**
     * One inquiry with its notes, read by a member of staff (fires {@link InquiryViewed});
     * {@link InquiryNotFoundException} when there is none.
     */
    InquiryDetail get(long id, String clientAddress);

    /** The same, found by its reference (as the staff e-mail names it). */
    InquiryDetail getByReference(String reference, String clientAddress);

    /**
     * Moves the inquiry to a new status, with a note about it when one is given (both or neither are kept).
     *
     * @throws ConcurrentInquiryChangeException when it changed since {@code expectedVersion}
     * @throws StatusChangeNotAllowedException  when the status cannot move that way
     */
    InquiryDetail changeStatus(long id, InquiryStatus status, String note, long expectedVersion, String clientAddress);

    /** Adds an internal note. */
    InquiryDetail addNote(long id, String text, String clientAddress);

    /**
     * Marks a new inquiry urgent by hand, for words of danger that the site did not recognise: it comes first in the
     * list, and staff are reminded of it while it is new, counted from this moment. A note says who did it and when,
     * followed by the note typed with it, if any; an urgent one stays so. Audited as {@link InquiryMarkedUrgent}.
     *
     * @param note a note of one's own, or {@code null}
     * @throws ConcurrentInquiryChangeException when it is no longer new (someone moved it on meanwhile)
     */
    InquiryDetail markUrgent(long id, String note, String clientAddress);

    /** How many days after it arrived a closed or spam inquiry is deleted (the retention period). */
    int retentionDays();

    /** How many inquiries are new and how many urgent ones wait for a first contact; fires no audit event. */
    InquiryOverview overview();

    /**
     * The filtered list as CSV for a spreadsheet (UTF-8 with a byte-order mark; cells that a spreadsheet would
     * run as a formula are neutralized). Administrators only; fires {@link InquiriesExported}.
     */
    String exportCsv(InquiryFilter filter, String clientAddress);
}
