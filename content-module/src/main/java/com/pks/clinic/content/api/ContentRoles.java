package com.pks.clinic.content.api;

/**
 * The roles the content services know. An account's groups of the same names (admin-module's identity store)
 * give them; every staff operation names the roles it allows.
 */
public final class ContentRoles {

    /** Everything, content included. */
    public static final String ADMINISTRATOR = "Administrator";

    /** Writes and publishes the site's content. */
    public static final String EDITOR = "Editor";

    private ContentRoles() {
    }
}
