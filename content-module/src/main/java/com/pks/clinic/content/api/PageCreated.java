package com.pks.clinic.content.api;

import java.time.Instant;

/** Fired in the same transaction when a new (unpublished) page is created. */
public record PageCreated(String slug, Actor actor, Instant at) {
}
