package com.pks.clinic.content.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * What an editor writes on a page. The body is formatted text, sanitized when it is stored.
 *
 * @param reviewedBy who medically reviewed the page (with credentials), for pages with medical content
 * @param reviewedOn when that review took place; shown as "Medically reviewed by … on …"
 */
public record PageContent(
        @NotBlank(message = "Please give the page a title.") @Size(max = 200) String title,
        @Size(max = 300, message = "Keep the description under 300 characters.") String metaDescription,
        @NotNull(message = "The page needs a body.") @Size(max = 200_000) String bodyHtml,
        @Size(max = 200) String reviewedBy,
        @PastOrPresent(message = "A review date cannot be in the future.") LocalDate reviewedOn)
        implements Serializable {
}
