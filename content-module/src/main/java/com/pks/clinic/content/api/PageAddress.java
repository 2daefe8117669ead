package com.pks.clinic.content.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A page's new address, as an editor types it. */
public record PageAddress(
        @NotNull(message = PagePaths.SLUG_HINT) @Size(min = 1, max = 100, message = "Keep the address under 100 characters.")
        @Pattern(regexp = PagePaths.SLUG_PATTERN, message = PagePaths.SLUG_HINT)
        String slug) {
}
