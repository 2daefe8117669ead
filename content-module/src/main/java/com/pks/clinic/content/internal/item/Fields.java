package com.pks.clinic.content.internal.item;

import java.time.LocalDate;

/**
 * The text of one revision. Pages use title, description, body and the review line; list entries use title
 * (name or question), subtitle (credentials), label (role, group or author), the description as a summary, body,
 * a picture of the library and a date (an article's).
 */
public record Fields(String title, String subtitle, String label, String metaDescription, String bodyHtml,
                     String reviewedBy, LocalDate reviewedOn, String imagePath, LocalDate datedOn) {

    /** The same fields with this body (the sanitized one). */
    public Fields withBody(String body) {
        return new Fields(title, subtitle, label, metaDescription, body, reviewedBy, reviewedOn, imagePath, datedOn);
    }
}
