package com.pks.clinic.content.api;

import java.util.List;

/**
 * A page in the editor's view of the menu, published or not, with the pages nested under it.
 *
 * @param label the menu's label (the page's title unless an editor set a shorter one)
 * @param live  whether the page is published: an unpublished page keeps its place but the public menu skips it
 */
public record NavigationEntry(String slug, String label, boolean live, List<NavigationEntry> children) {

    /** The clean URL: {@code /} for the home page, {@code /slug} otherwise. */
    public String path() {
        return PagePaths.of(slug);
    }
}
