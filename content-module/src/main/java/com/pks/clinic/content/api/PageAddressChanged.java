package com.pks.clinic.content.api;

import java.time.Instant;

/** Fired in the same transaction when a page gets a new slug; the old address redirects to the new one. */
public record PageAddressChanged(String oldSlug, String newSlug, Actor actor, Instant at) {
}
