package com.pks.clinic.inquiry.api;

/**
 * The roles the inquiry services know. An account's groups of the same names (admin-module's identity store) give
 * them; every staff operation names the roles it allows.
 */
public final class InquiryRoles {

    /** Everything, inquiries and their export included. */
    public static final String ADMINISTRATOR = "Administrator";

    /** Works through inquiries: reads them, changes their status, writes notes. */
    public static final String INTAKE = "Intake";

    private InquiryRoles() {
    }
}
