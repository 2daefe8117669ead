package com.pks.clinic.content.api;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A page as the public site renders it.
 *
 * @param bodyHtml   formatted text that was sanitized when it was stored, safe to render unescaped
 * @param collection the structured list shown with the page (team, questions, conditions), or {@code null}
 * @param revision   the id of the live revision: changes exactly when the page is republished
 */
public record PublishedPage(String slug, String title, String metaDescription, String bodyHtml, String reviewedBy,
                            LocalDate reviewedOn, Collection collection, long revision, Instant publishedAt) {

    /** The clean URL: {@code /} for the home page, {@code /slug} otherwise. */
    public String path() {
        return PagePaths.of(slug);
    }

    /** Whether the page carries a "medically reviewed by … on …" line. */
    public boolean isMedicallyReviewed() {
        return reviewedBy != null && !reviewedBy.isBlank() && reviewedOn != null;
    }
}
