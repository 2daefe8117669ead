package com.pks.clinic.content.api;

/** What a revision records. */
public enum RevisionAction {
    /** Written by the application's seed from the clinic's brief. */
    SEEDED,
    /** A draft saved by an editor; the live page did not change. */
    SAVED,
    /** A draft made live. */
    PUBLISHED,
    /** The page hidden from the public site. */
    UNPUBLISHED,
    /** An earlier revision brought back as the draft. */
    RESTORED
}
