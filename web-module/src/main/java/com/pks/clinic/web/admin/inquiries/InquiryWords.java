package com.pks.clinic.web.admin.inquiries;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.List;

import com.pks.clinic.inquiry.api.ContactPreference;
import com.pks.clinic.inquiry.api.ForWhom;
import com.pks.clinic.inquiry.api.InquiryKind;
import com.pks.clinic.inquiry.api.InquiryStatus;

/** How the inbox names statuses, kinds and answers for staff: words, never the code's constants. */
@Named
@ApplicationScoped
public class InquiryWords {

    public List<InquiryStatus> getStatuses() {
        return List.of(InquiryStatus.values());
    }

    public List<InquiryKind> getKinds() {
        return List.of(InquiryKind.values());
    }

    public String status(InquiryStatus status) {
        return status == null ? "" : switch (status) {
            case NEW -> "New";
            case CONTACTED -> "Contacted";
            case SCHEDULED -> "Scheduled";
            case CLOSED -> "Closed";
            case SPAM -> "Spam";
        };
    }

    /** A status as a choice of where an inquiry goes next: back to New reads as such. */
    public String nextStatus(InquiryStatus status) {
        return status == InquiryStatus.NEW ? "New again" : status(status);
    }

    public String kind(InquiryKind kind) {
        return kind == null ? "" : switch (kind) {
            case CONSULTATION -> "Consultation request";
            case REFERRAL -> "Referral from a clinician";
        };
    }

    public String contact(ContactPreference preference) {
        return preference == null ? "" : switch (preference) {
            case PHONE -> "Phone";
            case EMAIL -> "E-mail";
        };
    }

    public String forWhom(ForWhom forWhom) {
        return forWhom == null ? "" : switch (forWhom) {
            case MYSELF -> "For themselves";
            case FAMILY_MEMBER -> "For a family member";
        };
    }
}
