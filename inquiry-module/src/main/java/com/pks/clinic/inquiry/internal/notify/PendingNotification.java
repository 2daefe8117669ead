package com.pks.clinic.inquiry.internal.notify;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import com.pks.clinic.inquiry.internal.protect.RowSeal;

/** One notification in the outbox ({@code inquiry_notification}): what to say, and how sending has gone. */
@Entity
@Table(name = "inquiry_notification")
public class PendingNotification {

    private static final Duration FIRST_RETRY = Duration.ofSeconds(5);
    private static final Duration LONGEST_WAIT = Duration.ofMinutes(15);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** The inquiry a notice is about; {@code null} for a message to one member of staff. */
    @Column(length = 16)
    private String reference;

    @Column(nullable = false)
    private boolean urgent;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    /** A message to one member of staff: the address, encrypted like inquiries, until it is sent. */
    private String recipient;

    @Column(length = 300)
    private String subject;

    /** Its text (an invitation's link, say), encrypted until sent and then cleared. */
    private String body;

    /** The random name that a staff message's encrypted fields are bound to ({@link #seal()}). */
    @Column(name = "seal_id", length = 36)
    private String sealId;

    /** 0 for the notice of a new inquiry; n for the n-th reminder that an urgent one still waits; -1 for a flood. */
    @Column(nullable = false)
    private int reminder;

    protected PendingNotification() {
        // for JPA
    }

    public PendingNotification(String reference, boolean urgent, Instant at) {
        this.reference = reference;
        this.urgent = urgent;
        this.createdAt = at;
        this.nextAttemptAt = at;
    }

    /** The {@link #reminder} of the one notice an hour that many inquiries are arriving. */
    static final int FLOOD = -1;

    /** The one notice of the hour that more inquiries arrived than the site-wide ceiling ({@link SiteWideCeiling}). */
    static PendingNotification flood(Instant at) {
        PendingNotification flood = new PendingNotification(null, false, at);
        flood.reminder = FLOOD;
        return flood;
    }

    boolean isFlood() {
        return reminder == FLOOD;
    }

    /** The n-th reminder that an urgent inquiry still waits for a first contact. */
    static PendingNotification reminder(String reference, int number, Instant at) {
        PendingNotification reminder = new PendingNotification(reference, true, at);
        reminder.reminder = number;
        return reminder;
    }

    /** A message to one member of staff, queued in the same outbox as the inquiry notices. */
    Instant sentAt() {
        return sentAt;
    }

    Long id() {
        return id;
    }

    static PendingNotification toStaff(String recipient, String subject, String body, Instant at) {
        PendingNotification message = new PendingNotification(null, false, at);
        message.sealId = UUID.randomUUID().toString();
        message.recipient = message.seal().seal("recipient", recipient);
        message.subject = subject;
        message.body = message.seal().seal("body", body);
        return message;
    }

    boolean toOneMemberOfStaff() {
        return recipient != null;
    }

    String recipient() {
        return seal().open("recipient", recipient);
    }

    String subject() {
        return subject;
    }

    String body() {
        return seal().open("body", body);
    }

    private RowSeal seal() {
        return RowSeal.ofStaffMessage(sealId);
    }

    int reminderNumber() {
        return reminder;
    }

    String reference() {
        return reference;
    }

    boolean urgent() {
        return urgent;
    }

    void sent(Instant at) {
        sentAt = at;
        body = null; // what it said (a link that sets a password, say) is not kept once it is out
    }

    /** Waits longer after each failure: 5 s, 10 s, 20 s… up to 15 minutes. */
    void failed(Instant at) {
        attempts++;
        Duration wait = FIRST_RETRY.multipliedBy(1L << Math.min(attempts - 1, 20));
        nextAttemptAt = at.plus(wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait);
    }
}
