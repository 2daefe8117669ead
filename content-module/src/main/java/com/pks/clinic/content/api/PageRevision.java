package com.pks.clinic.content.api;

import java.time.Instant;

/**
 * One entry of a page's history: what was saved, published or unpublished, by whom and when, with the text as it
 * was then, so that an editor can compare and restore.
 */
public record PageRevision(long id, String slug, RevisionAction action, PageContent content, String author,
                           Instant createdAt) {
}
