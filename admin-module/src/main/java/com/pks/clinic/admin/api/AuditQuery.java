package com.pks.clinic.admin.api;

import java.time.LocalDate;

/**
 * Which audit records to show; {@code null} fields do not filter. Dates are whole days in the clinic's time zone,
 * both included.
 */
public record AuditQuery(String actor, AuditAction action, LocalDate from, LocalDate to) {

    public static final AuditQuery ALL = new AuditQuery(null, null, null, null);
}
