package com.pks.clinic.admin.api;

import java.util.Map;

/**
 * The first Administrator's account, created by whoever opens the one-time set-up link that the server wrote to its
 * log on the first start (or that the break-glass command issued later). No account ever has a default password.
 */
public interface SetUpService {

    /**
     * Called once the database is ready at start-up: when no account exists, creates the Administrator named by the
     * server's settings, or logs a one-time set-up link on this site's address (such as {@code http://host:8080}).
     */
    void offerFirstRunSetUp(String siteAddress);

    /** Whether this token is the one of an unused, unexpired set-up link. */
    boolean isValidLink(String token);

    /**
     * Every problem {@link #createAdministrator} would name for this account, without creating anything: for a form
     * with a problem of its own to name together with them (two passwords typed unlike). None when it could be
     * created.
     */
    Map<String, String> problemsWith(String token, NewAccount account);

    /**
     * Creates an Administrator with the link's token; the link stops working.
     *
     * @throws InvalidAccountException when a field breaks a rule, or the link is no longer valid ({@code token})
     */
    Account createAdministrator(String token, NewAccount account, String clientAddress);
}
