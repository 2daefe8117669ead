package com.pks.clinic.content.api;

import java.time.Instant;

/**
 * Fired in the same transaction when the menu changes.
 *
 * @param slug   the page that moved or got a new label, or {@code null} when the change is not one page's
 * @param change what changed, in words for the audit log ("moved up", "an earlier state restored")
 */
public record NavigationChanged(String slug, String change, Actor actor, Instant at) {
}
