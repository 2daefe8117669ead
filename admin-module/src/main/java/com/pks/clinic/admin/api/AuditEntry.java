package com.pks.clinic.admin.api;

import java.time.Instant;

/**
 * One record of the audit log: who did what to which thing, when, from where. Never a patient's words: inquiries
 * appear by id and reference.
 *
 * @param actor   the account, {@code system} for the site's own jobs, or {@code anonymous}
 * @param subject what was acted on, such as {@code page home} or {@code inquiry 12 (K7QM3XWP)}, or {@code null}
 * @param address the client's network address, or {@code null} for jobs
 */
public record AuditEntry(long id, Instant at, String actor, AuditAction action, String subject, String detail,
                         String address) {

    /** The actor of the site's own jobs. */
    public static final String SYSTEM = "system";

    /** The actor before anyone signed in (a failed sign-in for an account that does not exist). */
    public static final String ANONYMOUS = "anonymous";
}
