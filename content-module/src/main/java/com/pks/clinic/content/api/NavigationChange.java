package com.pks.clinic.content.api;

import java.time.Instant;

/** A kept state of the whole navigation after a change: one line per page, in menu order. */
public record NavigationChange(long id, String snapshot, String author, Instant createdAt) {
}
