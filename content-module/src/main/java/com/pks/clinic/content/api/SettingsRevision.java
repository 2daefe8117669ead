package com.pks.clinic.content.api;

import java.io.Serializable;
import java.time.Instant;

/** One kept state of the clinic's details: saved as a draft, published or brought back, by whom and when. */
public record SettingsRevision(long id, RevisionAction action, SiteSettings details, String author, Instant at)
        implements Serializable {
}
