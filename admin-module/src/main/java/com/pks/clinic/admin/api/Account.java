package com.pks.clinic.admin.api;

import java.time.Instant;
import java.util.Set;

/**
 * A staff account as the accounts screen shows it (never its password hash or secrets).
 *
 * @param secondFactor whether an authenticator app is set up for it
 */
public record Account(String username, String displayName, Set<StaffRole> roles, boolean enabled, Instant createdAt,
                      Instant lastSignInAt, boolean secondFactor, long version) {
}
