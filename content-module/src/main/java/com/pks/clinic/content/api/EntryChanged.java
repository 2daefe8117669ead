package com.pks.clinic.content.api;

import java.time.Instant;

/**
 * Fired in the same transaction when a list entry is created, moved in its list, brought back to an earlier text or
 * deleted (publishing is {@link CollectionPublished}).
 */
public record EntryChanged(Collection collection, String key, Change change, Actor actor, Instant at) {

    public enum Change {
        CREATED, MOVED, RESTORED, DELETED
    }
}
