package com.pks.clinic.content.api;

import java.time.Instant;

/**
 * A page as an editor sees it: what is live, what is pending, and the version to send back with a change.
 *
 * @param live    the published content, or {@code null} when the page is not published
 * @param draft   the pending draft, or {@code null} when there is none
 * @param version the optimistic-lock version; a change based on an older one is refused
 */
public record EditablePage(String slug, PageContent live, PageContent draft, long version, Instant updatedAt,
                           String updatedBy) {

    public boolean hasDraft() {
        return draft != null;
    }
}
