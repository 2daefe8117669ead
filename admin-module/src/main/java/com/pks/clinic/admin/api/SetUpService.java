package com.pks.clinic.admin.api;

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
     * Creates an Administrator with the link's token; the link stops working.
     *
     * @throws InvalidAccountException when a field breaks a rule, or the link is no longer valid ({@code token})
     */
    Account createAdministrator(String token, NewAccount account, String clientAddress);
}
