package com.pks.clinic.content.api;

/** Where a page lives on the public site: the home page at {@code /}, every other page at {@code /slug}. */
public final class PagePaths {

    /** The slug of the home page. */
    public static final String HOME = "home";

    /** What a slug may be: lower-case letters, digits and single hyphens. */
    public static final String SLUG_PATTERN = "[a-z0-9]+(-[a-z0-9]+)*";

    /** The editor's message for a slug that breaks {@link #SLUG_PATTERN}. */
    public static final String SLUG_HINT = "Use lower-case letters, digits and single hyphens, like what-to-expect.";

    private PagePaths() {
    }

    /** The clean URL of the page with this slug. */
    public static String of(String slug) {
        return HOME.equals(slug) ? "/" : "/" + slug;
    }
}
