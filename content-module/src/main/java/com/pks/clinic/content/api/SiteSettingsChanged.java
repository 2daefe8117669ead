package com.pks.clinic.content.api;

import java.time.Instant;

/** Fired in the same transaction when the clinic's details change. */
public record SiteSettingsChanged(Actor actor, Instant at) {
}
