package com.pks.clinic.admin.api;

import java.time.Instant;

/**
 * A one-time link that lets one person choose their password (an invitation, or a reset): its token goes into the
 * address {@code /admin/set-password?token=…}. Only its hash is stored, so it can be shown once only.
 *
 * @param emailed whether it went to the person by e-mail (a mail server is configured); if not, the Administrator
 *                passes it on, and only then does the console show it
 */
public record PasswordLink(String username, String displayName, String token, Instant expiresAt, boolean emailed) {

    /** The address the link opens, on the site at this origin (such as {@code https://clinic.example}). */
    public String address(String origin) {
        return origin + "/admin/set-password?token=" + token;
    }

    /** The same link, as sent by e-mail. */
    public PasswordLink sentByMail() {
        return new PasswordLink(username, displayName, token, expiresAt, true);
    }

    @Override
    public String toString() {
        return "PasswordLink[" + username + "]"; // never the token
    }
}
