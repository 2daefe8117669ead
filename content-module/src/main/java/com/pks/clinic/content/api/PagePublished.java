package com.pks.clinic.content.api;

import java.time.Instant;

/**
 * Fired in the publishing transaction when a page's live text changes: caches and the audit log react.
 *
 * @param actor     who published it, or who scheduled it when {@code scheduled}
 * @param scheduled whether the site published it at the time an editor had set
 */
public record PagePublished(String slug, long revision, Actor actor, Instant at, boolean scheduled) {
}
