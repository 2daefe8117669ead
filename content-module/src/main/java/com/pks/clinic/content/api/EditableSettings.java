package com.pks.clinic.content.api;

import java.io.Serializable;
import java.time.Instant;

/**
 * The clinic's details as the console edits them: what the site shows, and the draft waiting to be published (or
 * {@code null}). Changes go to {@code live.version()}.
 */
public record EditableSettings(SiteSettings live, SiteSettings draft, Instant draftSavedAt, String draftSavedBy)
        implements Serializable {

    /** What the form opens with: the draft when there is one, else the live details. */
    public SiteSettings current() {
        return draft != null ? draft : live;
    }
}
