package com.pks.clinic.content.api;

import java.io.Serializable;
import java.time.Instant;

/** One entry of a list entry's history: what was saved, published or unpublished, by whom and when. */
public record EntryRevision(long id, RevisionAction action, EntryContent content, String author, Instant createdAt)
        implements Serializable {
}
