package com.pks.clinic.web.site;

import java.util.regex.Pattern;

/**
 * The clean addresses of the public site's pages: {@code /}, {@code /slug}, and {@code /slug/key} for an entry with a
 * page of its own. Any other spelling of a page (with {@code .xhtml}, a trailing slash, capitals) is not one, and
 * neither is the console.
 */
public final class PageAddresses {

    private static final Pattern CLEAN = Pattern.compile("/([a-z0-9]+(-[a-z0-9]+)*(/[a-z0-9]+(-[a-z0-9]+)*)?)?");

    private PageAddresses() {
    }

    public static boolean isPublicPage(String path) {
        return CLEAN.matcher(path).matches() && !path.equals("/admin") && !path.startsWith("/admin/");
    }
}
