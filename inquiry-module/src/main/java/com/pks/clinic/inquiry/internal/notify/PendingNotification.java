package com.pks.clinic.inquiry.internal.notify;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/** One notification in the outbox ({@code inquiry_notification}): what to say, and how sending has gone. */
@Entity
@Table(name = "inquiry_notification")
public class PendingNotification {

    private static final Duration FIRST_RETRY = Duration.ofSeconds(5);
    private static final Duration LONGEST_WAIT = Duration.ofMinutes(15);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 16)
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

    /** 0 for the notice of a new inquiry; n for the n-th reminder that an urgent one still waits. */
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

    /** The n-th reminder that an urgent inquiry still waits for a first contact. */
    static PendingNotification reminder(String reference, int number, Instant at) {
        PendingNotification reminder = new PendingNotification(reference, true, at);
        reminder.reminder = number;
        return reminder;
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
    }

    /** Waits longer after each failure: 5 s, 10 s, 20 s… up to 15 minutes. */
    void failed(Instant at) {
        attempts++;
        Duration wait = FIRST_RETRY.multipliedBy(1L << Math.min(attempts - 1, 20));
        nextAttemptAt = at.plus(wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait);
    }
}
