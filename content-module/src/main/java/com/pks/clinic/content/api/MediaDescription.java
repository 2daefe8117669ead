package com.pks.clinic.content.api;

import jakarta.validation.constraints.Size;

/**
 * How an editor describes a picture.
 *
 * @param alt        what the picture shows, said in its place to people who cannot see it
 * @param decorative the picture adds nothing to the text (then the alt text is not used)
 */
public record MediaDescription(@Size(max = 300, message = "Please keep the text alternative under 300 characters.")
                               String alt,
                               boolean decorative,
                               @Size(max = 500, message = "Please keep the caption under 500 characters.")
                               String caption,
                               @Size(max = 200, message = "Please keep the credit under 200 characters.")
                               String credit) {
}
