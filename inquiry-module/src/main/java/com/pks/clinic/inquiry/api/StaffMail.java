package com.pks.clinic.inquiry.api;

/**
 * The clinic's one outbox for mail to staff, kept here beside the inquiry notices it began with: a message to one
 * member of staff (an invitation to the console, say) is written in the caller's transaction, sent after commit and
 * retried through a mail server outage like every notice, its text encrypted until it is out and cleared then.
 */
public interface StaffMail {

    /** Whether a mail server is configured, so that a message can go out at all. */
    boolean available();

    /**
     * Queues a message to one member of staff. Never put a patient's words in it.
     *
     * @throws IllegalStateException when no mail server is configured ({@link #available()})
     */
    void send(String recipient, String subject, String text);
}
