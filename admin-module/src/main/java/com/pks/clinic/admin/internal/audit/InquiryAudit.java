package com.pks.clinic.admin.internal.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.pks.clinic.admin.api.AuditAction;
import com.pks.clinic.inquiry.api.InquiriesExported;
import com.pks.clinic.inquiry.api.InquiriesListed;
import com.pks.clinic.inquiry.api.InquiriesPurged;
import com.pks.clinic.inquiry.api.InquiryFilter;
import com.pks.clinic.inquiry.api.InquiryMarkedUrgent;
import com.pks.clinic.inquiry.api.InquiryNoteAdded;
import com.pks.clinic.inquiry.api.InquiryStatus;
import com.pks.clinic.inquiry.api.InquiryStatusChanged;
import com.pks.clinic.inquiry.api.InquiryViewed;
import com.pks.clinic.inquiry.api.Staff;

/**
 * Audits every read and change of inquiries by staff, and the retention job's deletions: what a HIPAA access log
 * must show. Synchronous observers, in the reading or changing transaction, so no access goes unrecorded. The events
 * carry ids, references, counts and filters only, and so do the records. A public submission is not a staff action
 * and is not observed.
 */
@ApplicationScoped
class InquiryAudit {

    private static final String INQUIRY_LIST = "inquiry list";

    @Inject
    private AuditTrail trail;

    void on(@Observes InquiryViewed e) {
        record(e.staff(), AuditAction.INQUIRY_VIEWED, inquiry(e.inquiryId(), e.reference()), null, e.at());
    }

    void on(@Observes InquiriesListed e) {
        record(e.staff(), AuditAction.INQUIRIES_LISTED, INQUIRY_LIST, e.count() + " shown; " + filter(e.filter()),
                e.at());
    }

    void on(@Observes InquiriesExported e) {
        record(e.staff(), AuditAction.INQUIRIES_EXPORTED, INQUIRY_LIST,
                e.count() + " exported; " + filter(e.filter()), e.at());
    }

    void on(@Observes InquiryStatusChanged e) {
        record(e.staff(), AuditAction.INQUIRY_STATUS_CHANGED, inquiry(e.inquiryId(), e.reference()),
                inWords(e.from()) + " → " + inWords(e.to()), e.at());
    }

    /** A status as the inbox names it: "Contacted". */
    private static String inWords(InquiryStatus status) {
        String name = status.name();
        return name.charAt(0) + name.substring(1).toLowerCase(Locale.ROOT);
    }

    void on(@Observes InquiryNoteAdded e) {
        record(e.staff(), AuditAction.INQUIRY_NOTE_ADDED, inquiry(e.inquiryId(), e.reference()), null, e.at());
    }

    void on(@Observes InquiryMarkedUrgent e) {
        record(e.staff(), AuditAction.INQUIRY_MARKED_URGENT, inquiry(e.inquiryId(), e.reference()), null, e.at());
    }

    void on(@Observes InquiriesPurged e) {
        String cutoff = e.cutoff().truncatedTo(ChronoUnit.SECONDS).toString();
        trail.record(AuditTrail.SYSTEM, AuditAction.INQUIRIES_PURGED, "inquiries",
                e.count() + " closed or spam inquiries received before " + cutoff + " deleted", null, e.at());
    }

    private void record(Staff staff, AuditAction action, String subject, String detail, Instant at) {
        trail.record(staff.username(), action, subject, detail, staff.address(), at);
    }

    private static String inquiry(long id, String reference) {
        return "inquiry " + id + " (" + reference + ")";
    }

    /** "filter: status NEW, kind REFERRAL, urgent only", or "no filter". */
    static String filter(InquiryFilter filter) {
        List<String> parts = new ArrayList<>();
        if (filter != null && filter.status() != null) {
            parts.add("status " + filter.status());
        }
        if (filter != null && filter.kind() != null) {
            parts.add("kind " + filter.kind());
        }
        if (filter != null && filter.urgentOnly()) {
            parts.add("urgent only");
        }
        return parts.isEmpty() ? "no filter" : "filter: " + String.join(", ", parts);
    }
}
