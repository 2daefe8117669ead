package com.pks.clinic.web.site.media;

/**
 * A library picture as an {@code <img>} draws it: the variant nearest the size shown as {@code src}, every variant in
 * {@code srcset} for the browser to choose from, and the width and height that keep the layout from shifting.
 *
 * @param caption the caption and credit in one line, or empty
 */
public record ShownPicture(String src, String srcset, String sizes, int width, int height, String alt,
                           String caption) {
}
