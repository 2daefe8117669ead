package com.pks.clinic.content.api;

import java.util.List;

/**
 * A page in the editor's view of the menu, published or not, with the pages nested under it.
 *
 * @param label the menu's label (the page's title unless an editor set a shorter one)
 * @param title the page's title (its published one, or its draft's before it is published)
 * @param live  whether the page is published: an unpublished page keeps its place but the public menu skips it
 */
public record NavigationEntry(String slug, String label, String title, boolean live, List<NavigationEntry> children) {

    /** The label an editor set, or empty when the menu shows the title. */
    public String ownLabel() {
        return label.equals(title) ? "" : label;
    }

    /** The clean URL: {@code /} for the home page, {@code /slug} otherwise. */
    public String path() {
        return PagePaths.of(slug);
    }
}
