package com.pks.clinic.content.api;

/** Where a page stands, as the editor's list shows it. */
public enum PageStatus {
    /** Published, and nothing is waiting. */
    LIVE,
    /** Published, with a saved draft that is not live yet. */
    DRAFT_PENDING,
    /** Not on the public site (never published, or taken off it). */
    UNPUBLISHED,
    /** Its draft goes live at a set time. */
    SCHEDULED
}
