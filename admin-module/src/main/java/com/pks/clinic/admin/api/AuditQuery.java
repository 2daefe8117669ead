package com.pks.clinic.admin.api;

import java.time.LocalDate;

/**
 * Which audit records to show; {@code null} fields do not filter. Dates are whole days in the clinic's time zone,
 * both included. {@code about} is a part of what a record is about as recorded: an inquiry's reference, a page's
 * address.
 */
public record AuditQuery(String actor, AuditAction action, LocalDate from, LocalDate to, String about) {

    public static final AuditQuery ALL = new AuditQuery(null, null, null, null);

    /** Records by person, action and dates, whatever they are about. */
    public AuditQuery(String actor, AuditAction action, LocalDate from, LocalDate to) {
        this(actor, action, from, to, null);
    }
}
