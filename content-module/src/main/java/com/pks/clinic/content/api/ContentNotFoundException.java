package com.pks.clinic.content.api;

/** No page or list entry (or no published one, when reading for the public) answers to what was asked for. */
public class ContentNotFoundException extends ContentException {

    private static final long serialVersionUID = 1L;

    public ContentNotFoundException(String what) {
        super("Not found: " + what);
    }
}
