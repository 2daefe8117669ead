package com.pks.clinic.content.api;

import java.time.Instant;

/**
 * Fired in the same transaction when an editor schedules a page's draft to go live, or cancels that.
 *
 * @param publishAt when it goes live, or {@code null} when the schedule was cancelled
 */
public record PublishScheduled(String slug, Instant publishAt, Actor actor, Instant at) {
}
