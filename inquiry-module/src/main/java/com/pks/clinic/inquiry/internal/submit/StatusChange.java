package com.pks.clinic.inquiry.internal.submit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

import com.pks.clinic.inquiry.api.InquiryHistoryEntry;
import com.pks.clinic.inquiry.api.InquiryStatus;

/** A status change of an inquiry ({@code inquiry_status_change}), kept so that its history can be shown. */
@Entity
@Table(name = "inquiry_status_change")
class StatusChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "inquiry_id")
    private Inquiry inquiry;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", nullable = false, length = 20)
    private InquiryStatus from;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, length = 20)
    private InquiryStatus to;

    @Column(name = "changed_by", nullable = false, length = 254)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected StatusChange() {
        // for JPA
    }

    StatusChange(Inquiry inquiry, InquiryStatus from, InquiryStatus to, String changedBy, Instant changedAt) {
        this.inquiry = inquiry;
        this.from = from;
        this.to = to;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    InquiryHistoryEntry toEntry() {
        return new InquiryHistoryEntry(from, to, changedBy, changedAt);
    }
}
