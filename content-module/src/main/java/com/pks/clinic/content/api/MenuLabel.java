package com.pks.clinic.content.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The label a page shows under in the menu.
 *
 * @param label a shorter name than the page's title, or empty (or the title itself) to show the title
 */
public record MenuLabel(@NotNull String slug,
                        @Size(max = 60, message = "Please keep each label in the menu under 60 characters.")
                        String label) {
}
