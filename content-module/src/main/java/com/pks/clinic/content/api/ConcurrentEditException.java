package com.pks.clinic.content.api;

/** Someone else saved the page after the editor opened it: their change must not be overwritten silently. */
public class ConcurrentEditException extends ContentException {

    private static final long serialVersionUID = 1L;

    public ConcurrentEditException(String slug) {
        super("The page /" + slug + " was changed by someone else in the meantime");
    }
}
