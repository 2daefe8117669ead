/**
 * The second factor of the console's sign-in: time-based codes (RFC 6238), one-time recovery codes, the encryption
 * of the secrets at rest, and the throttle that makes guessing get nowhere.
 */
package com.pks.clinic.admin.internal.twofactor;
