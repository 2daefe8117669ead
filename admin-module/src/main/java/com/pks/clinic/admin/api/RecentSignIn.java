package com.pks.clinic.admin.api;

import java.time.Instant;

/** A sign-in to one's own account: when, from which address and which browser (as it named itself). */
public record RecentSignIn(Instant at, String address, String browser) {
}
