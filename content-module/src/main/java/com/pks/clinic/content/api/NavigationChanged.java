package com.pks.clinic.content.api;

import java.time.Instant;

/**
 * Fired in the same transaction when a page moves in the navigation.
 *
 * @param slug the page that moved, or {@code null} when the whole menu was restored to an earlier state
 */
public record NavigationChanged(String slug, Actor actor, Instant at) {
}
