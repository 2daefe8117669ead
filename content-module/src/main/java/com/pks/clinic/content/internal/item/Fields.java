package com.pks.clinic.content.internal.item;

import java.time.LocalDate;

/**
 * The text of one revision. Pages use title, description, body and the review line; list entries use title
 * (name or question), subtitle (credentials), label (role or group), body and an image.
 */
public record Fields(String title, String subtitle, String label, String metaDescription, String bodyHtml,
                     String reviewedBy, LocalDate reviewedOn, String imagePath, String imageAlt) {
}
