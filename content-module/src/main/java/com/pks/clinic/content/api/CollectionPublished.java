package com.pks.clinic.content.api;

import java.time.Instant;

/**
 * Fired in the same transaction when an entry of a list goes live or is hidden.
 *
 * @param live whether the entry is now shown ({@code false}: it was hidden)
 */
public record CollectionPublished(Collection collection, String key, boolean live, Actor actor, Instant at) {
}
