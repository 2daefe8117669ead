package com.pks.clinic.content.api;

/** Where a page lives on the public site: the home page at {@code /}, every other page at {@code /slug}. */
public final class PagePaths {

    /** The slug of the home page. */
    public static final String HOME = "home";

    private PagePaths() {
    }

    /** The clean URL of the page with this slug. */
    public static String of(String slug) {
        return HOME.equals(slug) ? "/" : "/" + slug;
    }
}
