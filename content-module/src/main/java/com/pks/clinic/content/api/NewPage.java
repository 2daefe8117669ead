package com.pks.clinic.content.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A page to create, as an unpublished draft.
 *
 * @param slug its clean URL: lower-case letters, digits and single hyphens, e.g. {@code what-to-expect}
 */
public record NewPage(
        @NotNull @Size(min = 1, max = 100, message = "Keep the address under 100 characters.")
        @Pattern(regexp = PagePaths.SLUG_PATTERN, message = PagePaths.SLUG_HINT)
        String slug,
        @NotNull @Valid PageContent content) {
}
