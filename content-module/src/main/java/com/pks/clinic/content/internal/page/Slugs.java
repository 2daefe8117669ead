package com.pks.clinic.content.internal.page;

import java.util.Set;

/** The addresses that belong to the application itself and that no page may take. */
final class Slugs {

    private static final Set<String> RESERVED = Set.of(
            "admin", "contact", "refer", "health", "self-check", "sitemap", "sitemap-xml", "robots", "robots-txt",
            "index", "search", "login", "logout", "signin", "signout", "api", "resources", "jakarta-faces-resource",
            "error", "errors", "static", "media", "favicon", "well-known", "editor");

    private Slugs() {
    }

    static boolean isReserved(String slug) {
        return RESERVED.contains(slug);
    }
}
