package com.pks.clinic.content.api;

import java.time.Instant;

/**
 * A page as the public site renders it.
 *
 * @param bodyHtml formatted text that was sanitized when it was stored, safe to render unescaped
 * @param version  the optimistic-lock version an editor sends back with a change
 */
public record PublishedPage(String slug, String title, String metaDescription, String bodyHtml, long version,
                            Instant updatedAt) {
}
