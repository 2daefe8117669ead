package com.pks.clinic.content.api;

import java.time.Instant;

/** Fired in the same transaction when an entry of a list goes live or is hidden. */
public record CollectionPublished(Collection collection, String key, Actor actor, Instant at) {
}
