package com.pks.clinic.content.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The label a page shows under in the menu.
 *
 * @param label a shorter name than the page's title, or empty (or the title itself) to show the title
 */
public record MenuLabel(@NotNull String slug,
                        @Size(max = MenuLabel.LONGEST,
                              message = "Please keep each label in the menu under {max} characters.") String label) {

    /** The most characters a label in the menu takes. */
    public static final int LONGEST = 60;
}
