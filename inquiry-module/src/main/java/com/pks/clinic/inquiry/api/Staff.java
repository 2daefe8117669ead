package com.pks.clinic.inquiry.api;

/**
 * A member of staff acting on inquiries, and from where: carried by every audit event, since an observer cannot ask
 * the caller's identity. The service takes the name from the container, never from its caller.
 *
 * @param address the client's network address, or {@code null} for the application's own jobs
 */
public record Staff(String username, String address) {
}
