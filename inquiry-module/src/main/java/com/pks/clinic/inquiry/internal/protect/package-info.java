/**
 * Inquiries at rest: personal fields are stored encrypted (AES-GCM, a fresh nonce per value) under a key kept
 * outside the data directory, with the key's id beside each value so that a new key can coexist with old ones.
 */
package com.pks.clinic.inquiry.internal.protect;
