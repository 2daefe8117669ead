package com.pks.clinic.content.api;

import java.util.List;

/**
 * The clinic's details (name, phone, address, hours, time zone, e-mail, public address, crisis message,
 * announcement). Like a page, a change is saved as a draft, previewed and published; every state is kept.
 */
public interface SiteSettingsService {

    /** What the site shows now. */
    SiteSettings get();

    EditableSettings getForEditing();

    /** Keeps the changed details as the draft; the site goes on showing the published ones. */
    EditableSettings saveDraft(SiteSettings changed, String clientAddress);

    /** Makes the draft what the site shows; {@link ConcurrentEditException} when it changed since it was read. */
    SiteSettings publish(long expectedVersion, String clientAddress);

    /** Saves the changed details and publishes them at once. */
    SiteSettings update(SiteSettings changed, String clientAddress);

    /** Every kept state, newest first. */
    List<SettingsRevision> history();

    /** Makes an earlier state the draft again. */
    EditableSettings restore(long revisionId, long expectedVersion, String clientAddress);
}
