package com.pks.clinic.content.api;

import java.util.List;

/** One entry of the site's navigation, with the entries nested under it, in order. */
public record MenuItem(String slug, String label, List<MenuItem> children) {

    /** The clean URL: {@code /} for the home page, {@code /slug} otherwise. */
    public String path() {
        return PagePaths.of(slug);
    }
}
