package com.pks.clinic.admin.api;

import java.time.Instant;

/**
 * A one-time link that lets one person choose their password (an invitation, or a reset): its token goes into the
 * address {@code /admin/set-password?token=…}. Only its hash is stored, so it can be shown once only.
 */
public record PasswordLink(String username, String displayName, String token, Instant expiresAt) {

    @Override
    public String toString() {
        return "PasswordLink[" + username + "]"; // never the token
    }
}
