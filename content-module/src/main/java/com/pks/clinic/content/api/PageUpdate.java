package com.pks.clinic.content.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * An editor's change to a page.
 *
 * @param expectedVersion the version the editor started from; a newer one in the database means a concurrent edit
 */
public record PageUpdate(
        @NotBlank @Size(max = 200) String title,
        @Size(max = 300) String metaDescription,
        @NotNull @Size(max = 200_000) String bodyHtml,
        long expectedVersion) {
}
