package com.pks.clinic.content.api;

import java.time.Instant;

/** Fired in the same transaction when an earlier revision of a page becomes its draft again. */
public record PageRestored(String slug, long revision, Actor actor, Instant at) {
}
