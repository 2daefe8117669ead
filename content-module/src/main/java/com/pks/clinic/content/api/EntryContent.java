package com.pks.clinic.content.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * The text of one list entry. What each field means depends on the list: for the team, title is the name, subtitle
 * the credentials, label the role, body the biography and the picture the photo; for questions, label is the group,
 * title the question and body the answer; for conditions, title is the name, summary the line on the list and in
 * search results, and body the text of its own page; for articles, title, label (the author), summary, body, the
 * picture and the date.
 *
 * @param imagePath the address of a picture of the media library ({@link MediaPaths}), or {@code null}
 */
public record EntryContent(
        @NotBlank(message = "Please fill in the name or title.") @Size(max = 200) String title,
        @Size(max = 200, message = "Please keep this under 200 characters.") String subtitle,
        @Size(max = 100, message = "Please keep this under 100 characters.") String label,
        @Size(max = 300, message = "Please keep the summary under 300 characters.") String summary,
        @NotNull(message = "Please write the text.") @Size(max = 50_000) String bodyHtml,
        @Pattern(regexp = "/media/[0-9]+/[0-9a-f]{12}/[0-9]+\\.(jpg|png)",
                message = "Choose a picture from the media library.") String imagePath,
        LocalDate datedOn) implements Serializable {
}
