package com.pks.clinic.content.api;

import java.time.Instant;

/** Fired in the same transaction when a page is hidden from the public site. */
public record PageUnpublished(String slug, Actor actor, Instant at) {
}
