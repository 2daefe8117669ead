package com.pks.clinic.inquiry.api;

/**
 * Where staff read inquiries, for the links in notifications. Provided by the application (which knows the site's
 * public address); the inquiry module only asks.
 */
public interface StaffLinks {

    /** The address of this inquiry in the console, through the sign-in when needed. */
    String inquiry(String reference);

    /** The address of the console's list of inquiries, urgent ones first. */
    String inbox();
}
