package com.pks.clinic.inquiry.internal.submit;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.pks.clinic.inquiry.api.ConsultationRequest;
import com.pks.clinic.inquiry.api.ContactPreference;
import com.pks.clinic.inquiry.api.ForWhom;
import com.pks.clinic.inquiry.api.InquiryDetail;
import com.pks.clinic.inquiry.api.InquiryKind;
import com.pks.clinic.inquiry.api.InquiryReceipt;
import com.pks.clinic.inquiry.api.InquiryStatus;
import com.pks.clinic.inquiry.api.InquirySummary;
import com.pks.clinic.inquiry.api.Referral;
import com.pks.clinic.inquiry.internal.protect.RowSeal;

/**
 * One inquiry as stored in {@code inquiry_request}. For a referral, the person's fields hold the clinician's
 * name, phone and e-mail. Every personal field holds its value encrypted and bound to its column and the inquiry's
 * reference ({@link RowSeal}); the column lengths leave room for that.
 */
@Entity
@Table(name = "inquiry_request")
class Inquiry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 16)
    private String reference;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private InquiryKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private InquiryStatus status = InquiryStatus.NEW;

    /** Stored as a word, not a boolean: EclipseLink's Derby platform compares booleans with integers. */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Priority priority;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @Column(nullable = false)
    private String name;

    private String phone;

    private String email;

    @Enumerated(EnumType.STRING)
    @Column(name = "preferred_contact", length = 10)
    private ContactPreference preferredContact;

    @Column(name = "best_time")
    private String bestTimeToCall;

    @Enumerated(EnumType.STRING)
    @Column(name = "for_whom", length = 20)
    private ForWhom forWhom;

    private String message;

    @Column(name = "heard_about")
    private String heardAbout;

    @Column(name = "self_harm", nullable = false)
    private boolean thinkingOfSelfHarm;

    private String practice;

    @Column(name = "patient_name")
    private String patientName;

    @Column(name = "patient_phone")
    private String patientPhone;

    @Column(name = "patient_email")
    private String patientEmail;

    private String reason;

    @Column(name = "self_check")
    private String selfCheckResult;

    @OneToMany(mappedBy = "inquiry", cascade = CascadeType.PERSIST)
    @OrderBy("writtenAt")
    private List<Note> notes = new ArrayList<>();

    @OneToMany(mappedBy = "inquiry", cascade = CascadeType.PERSIST)
    @OrderBy("changedAt")
    private List<StatusChange> history = new ArrayList<>();

    /** How often staff were told again that this urgent inquiry still waits for a first contact. */
    @Column(name = "reminders_sent", nullable = false)
    private int remindersSent;

    /**
     * When the reminders last started or staff were last told again (the next reminder counts from it), or
     * {@code null}: then from its arrival.
     */
    @Column(name = "last_reminded_at")
    private Instant lastRemindedAt;

    @Version
    private long version;

    protected Inquiry() {
        // for JPA
    }

    static Inquiry of(ConsultationRequest request, String selfCheckResult, String reference, boolean urgent,
                      Instant at) {
        Inquiry inquiry = new Inquiry(InquiryKind.CONSULTATION, reference, urgent, at);
        RowSeal seal = inquiry.seal();
        inquiry.selfCheckResult = seal.seal("self_check", selfCheckResult);
        inquiry.name = seal.seal("name", request.name().strip());
        inquiry.phone = seal.seal("phone", blankToNull(request.phone()));
        inquiry.email = seal.seal("email", blankToNull(request.email()));
        inquiry.preferredContact = request.preferredContact();
        inquiry.bestTimeToCall = seal.seal("best_time", blankToNull(request.bestTimeToCall()));
        inquiry.forWhom = request.forWhom();
        inquiry.message = seal.seal("message", blankToNull(request.message()));
        inquiry.heardAbout = seal.seal("heard_about", blankToNull(request.heardAbout()));
        inquiry.thinkingOfSelfHarm = request.thinkingOfSelfHarm();
        return inquiry;
    }

    static Inquiry of(Referral referral, String reference, boolean urgent, Instant at) {
        Inquiry inquiry = new Inquiry(InquiryKind.REFERRAL, reference, urgent, at);
        RowSeal seal = inquiry.seal();
        inquiry.name = seal.seal("name", referral.clinicianName().strip());
        inquiry.phone = seal.seal("phone", blankToNull(referral.clinicianPhone()));
        inquiry.email = seal.seal("email", blankToNull(referral.clinicianEmail()));
        inquiry.practice = seal.seal("practice", blankToNull(referral.practice()));
        inquiry.patientName = seal.seal("patient_name", blankToNull(referral.patientName()));
        inquiry.patientPhone = seal.seal("patient_phone", blankToNull(referral.patientPhone()));
        inquiry.patientEmail = seal.seal("patient_email", blankToNull(referral.patientEmail()));
        inquiry.reason = seal.seal("reason", blankToNull(referral.reason()));
        return inquiry;
    }

    private Inquiry(InquiryKind kind, String reference, boolean urgent, Instant receivedAt) {
        this.kind = kind;
        this.reference = reference;
        this.priority = urgent ? Priority.URGENT : Priority.ROUTINE;
        this.receivedAt = receivedAt;
    }

    boolean isUrgent() {
        return priority == Priority.URGENT;
    }

    /** Staff saw it at that moment: reminders that it still waits count from then, not from its arrival. */
    void markUrgent(Instant at) {
        priority = Priority.URGENT;
        startReminders(at);
    }

    String reference() {
        return reference;
    }

    InquiryStatus status() {
        return status;
    }

    long version() {
        return version;
    }

    Long id() {
        return id;
    }

    /** The change is kept in the inquiry's history (persisted with it). */
    void moveTo(InquiryStatus target, String by, Instant at) {
        history.add(new StatusChange(this, status, target, by, at));
        if (target == InquiryStatus.NEW && status != InquiryStatus.NEW) {
            startReminders(at); // waiting again, as if it had just come: all its reminders, the first one later
        }
        status = target;
    }

    private void startReminders(Instant at) {
        remindersSent = 0;
        lastRemindedAt = at;
    }

    void addNote(Note note) {
        notes.add(note);
    }

    InquiryReceipt toReceipt() {
        return new InquiryReceipt(reference, isUrgent(), receivedAt);
    }

    private RowSeal seal() {
        return RowSeal.ofInquiry(reference);
    }

    InquiryKind kind() {
        return kind;
    }

    InquirySummary toSummary() {
        return new InquirySummary(id, reference, kind, status, isUrgent(), selfCheckResult != null,
                seal().open("name", name), receivedAt);
    }

    InquiryDetail toDetail() {
        RowSeal seal = seal();
        return new InquiryDetail(id, reference, kind, status, isUrgent(), receivedAt, seal.open("name", name),
                seal.open("phone", phone), seal.open("email", email), preferredContact,
                seal.open("best_time", bestTimeToCall), forWhom, seal.open("message", message),
                seal.open("heard_about", heardAbout), thinkingOfSelfHarm, seal.open("practice", practice),
                seal.open("patient_name", patientName), seal.open("patient_phone", patientPhone),
                seal.open("patient_email", patientEmail), seal.open("reason", reason),
                seal.open("self_check", selfCheckResult),
                notes.stream().map(Note::toNote).toList(), history.stream().map(StatusChange::toEntry).toList(),
                version);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
