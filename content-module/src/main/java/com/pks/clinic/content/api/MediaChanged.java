package com.pks.clinic.content.api;

import java.time.Instant;

/** Fired in the same transaction when a picture is uploaded, described again or deleted. */
public record MediaChanged(long id, String name, Change change, Actor actor, Instant at) {

    public enum Change {
        UPLOADED, DESCRIBED, DELETED
    }
}
