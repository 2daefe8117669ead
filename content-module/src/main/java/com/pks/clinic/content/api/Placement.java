package com.pks.clinic.content.api;

import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * Where a page stands in the navigation.
 *
 * @param parentSlug the top-level page it is nested under, or {@code null} for a top-level entry
 * @param position   its order among its siblings (lower comes first)
 * @param label      the menu's short label, or {@code null} to use the page title
 */
public record Placement(String parentSlug, @PositiveOrZero int position, boolean inNavigation,
                        @Size(max = 60, message = "Keep the menu label under 60 characters.") String label) {
}
