package com.pks.clinic.content.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The text of one list entry. What each field means depends on the list: for the team, title is the name,
 * subtitle the credentials, label the role and body the biography; for questions, label is the group, title the
 * question and body the answer; for conditions, title is the name and body the summary.
 *
 * @param imagePath a site-relative path to an image (a team member's photo), or {@code null}
 * @param imageAlt  the image's text alternative, required with an image
 */
public record EntryContent(
        @NotBlank(message = "Please fill in the name or question.") @Size(max = 200) String title,
        @Size(max = 200) String subtitle,
        @Size(max = 100) String label,
        @NotNull(message = "Please write the text.") @Size(max = 50_000) String bodyHtml,
        @Pattern(regexp = "/[A-Za-z0-9/._-]+", message = "Use a path on this site, like /media/photo.jpg.")
        String imagePath,
        @Size(max = 300) String imageAlt) {
}
