package com.pks.clinic.content.api;

import java.time.Instant;

/** Fired in the same transaction when a page moves in the navigation. */
public record NavigationChanged(String slug, Actor actor, Instant at) {
}
