package com.pks.clinic.content.api;

import java.time.Instant;
import java.util.List;

/**
 * Fired in the same transaction when the clinic's details change.
 *
 * @param fields the names of the details that changed, such as "phone" (never their values)
 */
public record SiteSettingsChanged(Actor actor, Instant at, List<String> fields) {
}
