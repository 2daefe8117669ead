package com.pks.clinic.content.api;

import java.time.Instant;

/** Fired in the publishing transaction when a page's live text changes: caches and the audit log react. */
public record PagePublished(String slug, long revision, Actor actor, Instant at) {
}
