package com.pks.clinic.content.api;

import java.time.Instant;

/**
 * Fired in the same transaction when a page is deleted.
 *
 * @param redirectTo the page its address now leads to, or {@code null} when it answers "gone"
 */
public record PageDeleted(String slug, String redirectTo, Actor actor, Instant at) {
}
