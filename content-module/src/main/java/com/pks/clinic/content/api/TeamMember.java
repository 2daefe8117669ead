package com.pks.clinic.content.api;

/**
 * A clinician as the team page shows them; {@code bioHtml} is sanitized formatted text.
 *
 * @param photoPath the address of their photo in the media library, or {@code null}
 */
public record TeamMember(String key, String name, String credentials, String role, String bioHtml, String photoPath) {
}
